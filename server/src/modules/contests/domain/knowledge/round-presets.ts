import type { BuzzerRound, BuzzerTiming, RequiredRound, RoundSettings, SpeedRound, SurvivalRound, WagerRound } from './round-settings';

/** ~250 ms announced ahead, a ~100 ms collection window: docs/decisions.md §20. */
export const DEFAULT_BUZZER_TIMING: BuzzerTiming = { leadMs: 250, windowMs: 100, maxWaitMs: 400, cooldownMs: 300 };

/**
 * Presets from the usual Chinese rule sheets (知识竞赛规则). A contest copies one and edits it; the copy is
 * stored in the round-started event, so a later change of preset never rewrites a played round.
 */
export const ROUND_PRESETS = {
  /** 必答题: 20 s each (sheets say 10–30 s), 答对加10分, 答错不扣分. */
  required: { kind: 'required', answerMs: 20_000, right: 10, wrong: 0 } satisfies RequiredRound,
  /** 抢答题: 答对加10分, 答错扣10分; 提前抢答扣10分并作废该题; 15 s 无人抢答转为观众题. */
  buzzerVoidOnFoul: {
    kind: 'buzzer',
    answerMs: 20_000,
    right: 10,
    wrong: -10,
    noBuzzMs: 15_000,
    foul: { kind: 'void-question', points: -10 },
    afterWrong: 'close',
    timing: DEFAULT_BUZZER_TIMING,
    suddenDeath: false,
  } satisfies BuzzerRound,
  /** 抢答题, the other usual foul rule: 提前抢答取消本题答题资格, 第二次犯规扣20分. */
  buzzerLoseRightOnFoul: {
    kind: 'buzzer',
    answerMs: 20_000,
    right: 10,
    wrong: -10,
    noBuzzMs: 15_000,
    foul: { kind: 'lose-right', secondFoulPoints: -20 },
    afterWrong: 'close',
    timing: DEFAULT_BUZZER_TIMING,
    suddenDeath: false,
  } satisfies BuzzerRound,
  /** 风险题 10/30/50, 按当前得分由低到高选题, 30 s to pick. */
  wager103050: { kind: 'wager', values: [10, 30, 50], pickOrder: 'low-first', pickMs: 30_000, answerMs: 30_000 } satisfies WagerRound,
  wager204060: { kind: 'wager', values: [20, 40, 60], pickOrder: 'low-first', pickMs: 30_000, answerMs: 30_000 } satisfies WagerRound,
  /** 速答: Kahoot-like, half the points for speed, streak bonus off. */
  speed: { kind: 'speed', answerMs: 20_000, points: 100, speedShare: 0.5, wrong: 0, streakBonus: 0, streakCap: 0 } satisfies SpeedRound,
  speedFlat: { kind: 'speed', answerMs: 20_000, points: 10, speedShare: 0, wrong: 0, streakBonus: 0, streakCap: 0 } satisfies SpeedRound,
  /** 一站到底: 答对加10分, 答错出局. */
  survival: { kind: 'survival', answerMs: 15_000, right: 10 } satisfies SurvivalRound,
  /** 加赛: sudden-death 抢答 among the tied; scores stay as they are. */
  suddenDeath: {
    kind: 'buzzer',
    answerMs: 20_000,
    right: 10,
    wrong: -10,
    noBuzzMs: 15_000,
    foul: { kind: 'lose-right', secondFoulPoints: 0 },
    afterWrong: 'close',
    timing: DEFAULT_BUZZER_TIMING,
    suddenDeath: true,
  } satisfies BuzzerRound,
} as const satisfies Record<string, RoundSettings>;

export type RoundPresetName = keyof typeof ROUND_PRESETS;
