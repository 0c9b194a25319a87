/**
 * Each round carries its own settings. Points are signed: a wrong answer that costs ten is `wrong: -10`.
 * Times are milliseconds of server time.
 */
export interface BuzzerTiming {
  /** The opening is announced this long before it happens, so every phone can show it at the same instant. */
  leadMs: number;
  /** Presses are collected for this long after the first one arrives… */
  windowMs: number;
  /** …but never longer than this after it, however slow the slowest phone (see buzz-window.ts). */
  maxWaitMs: number;
  /** A player's presses closer together than this count once (mashing). */
  cooldownMs: number;
}

/** 必答: each competitor in turn answers its own question. */
export interface RequiredRound {
  kind: 'required';
  answerMs: number;
  right: number;
  wrong: number;
}

/** A buzz before the opening: −10 and the question voided, or the right to answer lost and −20 from the second foul on. */
export type FoulRule = { kind: 'void-question'; points: number } | { kind: 'lose-right'; secondFoulPoints: number };

/** 抢答: the first valid buzz answers. */
export interface BuzzerRound {
  kind: 'buzzer';
  answerMs: number;
  right: number;
  wrong: number;
  /** Nobody buzzed this long after the opening: the question goes to the audience. */
  noBuzzMs: number;
  foul: FoulRule;
  /** After a wrong answer the question ends, or passes to the next buzz in rank order. */
  afterWrong: 'close' | 'next-in-line';
  timing: BuzzerTiming;
  /** A tie-break: the first right answer wins, a wrong one drops out; no points are scored. */
  suddenDeath: boolean;
}

/** 风险题: a value picked before the question is seen; right +value, wrong −value. */
export interface WagerRound {
  kind: 'wager';
  values: number[];
  /** 'low-first': the lowest current score picks (and answers) first. */
  pickOrder: 'low-first' | 'high-first';
  pickMs: number;
  answerMs: number;
}

/** 速答: everyone answers; a correct answer earns `points` less up to `speedShare` of it for time used. */
export interface SpeedRound {
  kind: 'speed';
  answerMs: number;
  points: number;
  /** 0 = no speed component; below 1 so that the slowest correct answer still beats a wrong one. */
  speedShare: number;
  wrong: number;
  /** Added per consecutive correct answer after the first, up to `streakCap` times. 0 = no streak bonus. */
  streakBonus: number;
  streakCap: number;
  /** Only a team's captain answers (队长作答); otherwise its first member to answer does. */
  captainOnly?: boolean;
}

/** 一站到底: the champion answers against one challenger at a time, in turns; a wrong answer puts its team out. */
export interface SurvivalRound {
  kind: 'survival';
  answerMs: number;
  right: number;
}

export type RoundSettings = RequiredRound | BuzzerRound | WagerRound | SpeedRound | SurvivalRound;
export type RoundKind = RoundSettings['kind'];

/** What is wrong with the settings, as short codes; empty when they can be played. */
export function roundSettingsProblems(settings: RoundSettings): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  check(settings.answerMs >= 1000 && settings.answerMs <= 600_000, 'answer-time');
  switch (settings.kind) {
    case 'required':
    case 'survival':
      check(settings.right > 0, 'right-points');
      if (settings.kind === 'required') check(settings.wrong <= 0, 'wrong-points');
      break;
    case 'buzzer':
      check(settings.right > 0 && settings.wrong <= 0, 'points');
      check(settings.noBuzzMs >= 1000, 'no-buzz-time');
      check((settings.foul.kind === 'void-question' ? settings.foul.points : settings.foul.secondFoulPoints) <= 0, 'foul-points');
      check(settings.timing.leadMs >= 0 && settings.timing.windowMs >= 0, 'timing');
      check(settings.timing.maxWaitMs >= settings.timing.windowMs && settings.timing.cooldownMs >= 0, 'timing');
      break;
    case 'wager':
      check(settings.values.length > 0 && settings.values.every((v) => Number.isInteger(v) && v > 0), 'wager-values');
      check(settings.pickMs >= 1000, 'pick-time');
      break;
    case 'speed':
      check(settings.points > 0 && settings.wrong <= 0, 'points');
      // correctness dominates: points × (1 − speedShare) > 0 ≥ wrong
      check(settings.speedShare >= 0 && settings.speedShare < 1, 'speed-share');
      check(settings.streakBonus >= 0 && settings.streakCap >= 0, 'streak');
      break;
  }
  return problems;
}
