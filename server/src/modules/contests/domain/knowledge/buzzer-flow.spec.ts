import { scoreTable } from './knowledge-state';
import { buzzResolution, buzzWindowClosesAt } from './buzzer-flow';
import { at, EventScript, TEAMS } from './event-script';
import { ROUND_PRESETS } from './round-presets';
import type { BuzzerRound } from './round-settings';
import { standings } from './standings';

/** 抢答 q1: shown at 1 s, armed at 5 s, opening at 5.25 s. */
function buzzerQuestion(settings: BuzzerRound = ROUND_PRESETS.buzzerVoidOnFoul) {
  const s = new EventScript();
  s.add(0, { type: 'contest-started', competitors: TEAMS });
  s.add(10, { type: 'round-started', roundId: 'r1', settings });
  s.add(1_000, { type: 'question-shown', questionId: 'q1' });
  s.add(5_000, { type: 'buzzer-armed', questionId: 'q1', opensAt: at(5_250) });
  return s;
}

const pressAt = (s: EventScript, playerId: string, stampMs: number, arriveMs: number, questionId = 'q1') =>
  s.add(arriveMs, {
    type: 'buzz-pressed',
    questionId,
    playerId,
    stampedAt: at(stampMs),
    rttMs: 2 * (arriveMs - stampMs),
    clockStable: true,
  });

/** Resolves the buzz as the server would: the ranking the state gives, at the window's close. */
function resolve(s: EventScript, questionId = 'q1') {
  const state = s.state();
  const closes = buzzWindowClosesAt(state, 100)!;
  return s.add(closes - EventScript.T0, { type: 'buzz-resolved', questionId, ranking: buzzResolution(state) });
}

describe('抢答', () => {
  it('gives the first valid buzz the answer and +10 for a right one', () => {
    const s = buzzerQuestion();
    pressAt(s, 'b1', 5_330, 5_350);
    pressAt(s, 'a1', 5_300, 5_420);
    resolve(s);
    expect(s.state().question).toMatchObject({ phase: 'answering', answeringId: 'A', deadline: { kind: 'answer' } });
    expect(s.state().question?.ranking.map((r) => [r.competitorId, r.gapMs])).toEqual([
      ['A', 0],
      ['B', 30],
    ]);
    s.add(8_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'right' });
    expect(scoreTable(s.state())).toEqual({ A: 10, B: 0, C: 0 });
    expect(s.state().ledger).toMatchObject([{ competitorId: 'A', points: 10, reason: 'right', questionId: 'q1' }]);
  });

  it('takes 10 off a wrong answer and ends the question', () => {
    const s = buzzerQuestion();
    pressAt(s, 'c1', 5_300, 5_320);
    resolve(s);
    s.add(8_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'C', verdict: 'wrong' });
    expect(scoreTable(s.state()).C).toBe(-10);
    expect(s.state().question).toMatchObject({ phase: 'closed', outcome: 'answered' });
  });

  it('ignores a judgement for a competitor that is not answering', () => {
    const s = buzzerQuestion();
    pressAt(s, 'c1', 5_300, 5_320);
    resolve(s);
    s.add(8_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'B', verdict: 'right' });
    expect(scoreTable(s.state()).B).toBe(0);
  });

  it('passes a wrong answer to the next in line when the round says so', () => {
    const s = buzzerQuestion({ ...ROUND_PRESETS.buzzerVoidOnFoul, afterWrong: 'next-in-line' });
    pressAt(s, 'a1', 5_300, 5_320);
    pressAt(s, 'b1', 5_340, 5_360);
    resolve(s);
    s.add(8_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'wrong' });
    expect(s.state().question).toMatchObject({ phase: 'answering', answeringId: 'B', deadline: { at: at(28_000) } });
    s.add(9_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'B', verdict: 'right' });
    expect(scoreTable(s.state())).toEqual({ A: -10, B: 10, C: 0 });
    expect(s.state().question?.phase).toBe('closed');
  });

  it('does not stall when the player who buzzed leaves: the answer times out as wrong', () => {
    const s = buzzerQuestion();
    pressAt(s, 'b1', 5_300, 5_320);
    const resolved = resolve(s);
    s.add(resolved.at - EventScript.T0 + 19_999, { type: 'timer-expired', questionId: 'q1', timer: 'answer' });
    expect(s.state().question?.phase).toBe('answering');
    s.add(resolved.at - EventScript.T0 + 20_000, { type: 'timer-expired', questionId: 'q1', timer: 'answer' });
    expect(s.state().question).toMatchObject({ phase: 'closed', outcome: 'answered' });
    expect(s.state().ledger).toMatchObject([{ competitorId: 'B', points: -10, reason: 'timeout' }]);
  });

  it('makes it an audience question after 15 s without a buzz', () => {
    const s = buzzerQuestion();
    s.add(20_000, { type: 'timer-expired', questionId: 'q1', timer: 'no-buzz' });
    expect(s.state().question?.phase).toBe('armed');
    s.add(20_250, { type: 'timer-expired', questionId: 'q1', timer: 'no-buzz' });
    expect(s.state().question).toMatchObject({ phase: 'closed', outcome: 'audience' });
    expect(s.state().ledger).toEqual([]);
  });

  it('places a press that arrives after the window below whoever answers, by its press time', () => {
    const s = buzzerQuestion({ ...ROUND_PRESETS.buzzerVoidOnFoul, afterWrong: 'next-in-line' });
    pressAt(s, 'a1', 5_300, 5_320);
    pressAt(s, 'b1', 5_400, 5_420);
    resolve(s);
    pressAt(s, 'c1', 5_350, 5_700);
    expect(s.state().question).toMatchObject({ answeringId: 'A' });
    expect(s.state().question?.ranking.map((r) => [r.competitorId, r.gapMs])).toEqual([
      ['A', 0],
      ['C', 50],
      ['B', 100],
    ]);
    s.add(8_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'wrong' });
    expect(s.state().question?.answeringId).toBe('C');
  });
});

describe('抢答 fouls', () => {
  it('void rule: a buzz while the question is read costs 10 and voids the question', () => {
    const s = new EventScript();
    s.add(0, { type: 'contest-started', competitors: TEAMS });
    s.add(10, { type: 'round-started', roundId: 'r1', settings: ROUND_PRESETS.buzzerVoidOnFoul });
    s.add(1_000, { type: 'question-shown', questionId: 'q1' });
    pressAt(s, 'b1', 3_000, 3_020);
    expect(scoreTable(s.state()).B).toBe(-10);
    expect(s.state().question).toMatchObject({ phase: 'closed', outcome: 'voided' });
    expect(s.state().ledger).toMatchObject([{ competitorId: 'B', points: -10, reason: 'foul' }]);
  });

  it('void rule: a press stamped before the announced opening is a foul even though it arrives after it', () => {
    const s = buzzerQuestion();
    pressAt(s, 'a2', 5_230, 5_300);
    expect(scoreTable(s.state()).A).toBe(-10);
    expect(s.state().question?.outcome).toBe('voided');
  });

  it('void rule: an early press that arrives after the buzz was resolved costs 10 but leaves the question to the answering team', () => {
    const s = buzzerQuestion();
    pressAt(s, 'a1', 5_300, 5_320);
    resolve(s);
    s.add(5_600, { type: 'buzz-pressed', questionId: 'q1', playerId: 'b1', stampedAt: at(5_200), rttMs: 800, clockStable: true });
    expect(scoreTable(s.state()).B).toBe(-10);
    expect(s.state().question).toMatchObject({ phase: 'answering', answeringId: 'A' });
  });

  it('lose-right rule: the first foul bars the team from the question, the second costs 20', () => {
    const s = buzzerQuestion(ROUND_PRESETS.buzzerLoseRightOnFoul);
    pressAt(s, 'b1', 5_100, 5_120);
    pressAt(s, 'a1', 5_300, 5_320);
    expect(scoreTable(s.state()).B).toBe(0);
    expect(s.state().question).toMatchObject({ phase: 'armed', barredIds: ['B'] });
    resolve(s);
    s.add(8_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'right' });
    s.add(9_000, { type: 'question-shown', questionId: 'q2' });
    pressAt(s, 'b1', 9_500, 9_520, 'q2');
    expect(scoreTable(s.state())).toEqual({ A: 10, B: -20, C: 0 });
    expect(s.state().round?.fouls).toEqual({ B: 2 });
  });

  it('lose-right rule: a barred team’s later valid press does not count', () => {
    const s = buzzerQuestion(ROUND_PRESETS.buzzerLoseRightOnFoul);
    pressAt(s, 'b1', 5_100, 5_120);
    s.add(5_700, { type: 'buzz-pressed', questionId: 'q1', playerId: 'b1', stampedAt: at(5_660), rttMs: 80, clockStable: true });
    expect(buzzResolution(s.state())).toEqual([]);
  });

  it('a player mashing the button before the opening is fouled once, not once per press', () => {
    const s = buzzerQuestion(ROUND_PRESETS.buzzerLoseRightOnFoul);
    for (let t = 5_000; t < 5_500; t += 40) pressAt(s, 'c1', t, t + 20);
    expect(s.state().round?.fouls).toEqual({ C: 1 });
    expect(scoreTable(s.state()).C).toBe(0);
  });

  it('drops a press inside the player’s cooldown, even on the next question', () => {
    const s = new EventScript();
    s.add(0, { type: 'contest-started', competitors: TEAMS });
    s.add(10, { type: 'round-started', roundId: 'r1', settings: ROUND_PRESETS.buzzerVoidOnFoul });
    s.add(1_000, { type: 'question-shown', questionId: 'q1' });
    pressAt(s, 'b1', 1_080, 1_100);
    s.add(1_110, { type: 'question-shown', questionId: 'q2' });
    s.add(1_120, { type: 'buzzer-armed', questionId: 'q2', opensAt: at(1_150) });
    pressAt(s, 'b1', 1_250, 1_270, 'q2');
    expect(s.state().question?.presses).toEqual([]);
    pressAt(s, 'b1', 1_390, 1_410, 'q2');
    expect(s.state().question?.presses.map((p) => p.playerId)).toEqual(['b1']);
  });
});

describe('tie-break', () => {
  function tied() {
    const s = new EventScript();
    s.add(0, { type: 'contest-started', competitors: TEAMS });
    s.add(1, { type: 'score-adjusted', competitorId: 'A', points: 30, reason: '前三轮合计' });
    s.add(2, { type: 'score-adjusted', competitorId: 'B', points: 30, reason: '前三轮合计' });
    s.add(10, { type: 'tie-break-started', roundId: 'tb1', settings: ROUND_PRESETS.suddenDeath, competitorIds: ['A', 'B'] });
    s.add(1_000, { type: 'question-shown', questionId: 'q1' });
    s.add(5_000, { type: 'buzzer-armed', questionId: 'q1', opensAt: at(5_250) });
    return s;
  }

  it('sudden death: the first right answer wins, ranks first and changes no score', () => {
    const s = tied();
    expect(standings(s.state()).map((r) => r.rank)).toEqual([1, 1, 3]);
    pressAt(s, 'c1', 5_260, 5_280);
    pressAt(s, 'b1', 5_300, 5_320);
    resolve(s);
    s.add(8_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'B', verdict: 'right' });
    expect(s.state().round?.winnerId).toBe('B');
    expect(scoreTable(s.state())).toEqual({ A: 30, B: 30, C: 0 });
    expect(standings(s.state()).map((r) => [r.competitorId, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 3],
    ]);
  });

  it('sudden death: a wrong answer drops out, and the one left wins', () => {
    const s = tied();
    pressAt(s, 'a1', 5_300, 5_320);
    resolve(s);
    s.add(8_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'wrong' });
    expect(s.state().round).toMatchObject({ winnerId: 'B', outIds: ['A'] });
    expect(scoreTable(s.state()).A).toBe(30);
    expect(standings(s.state())[0]).toMatchObject({ competitorId: 'B', rank: 1 });
  });

  it('shows no further question once the tie is broken', () => {
    const s = tied();
    pressAt(s, 'a1', 5_300, 5_320);
    resolve(s);
    s.add(8_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'right' });
    s.add(9_000, { type: 'question-shown', questionId: 'q2' });
    expect(s.state().question?.id).toBe('q1');
  });
});
