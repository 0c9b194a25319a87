import { scoreTable } from './knowledge-state';
import { at, EventScript, TEAMS } from './event-script';
import { ROUND_PRESETS } from './round-presets';

function started(settings: (typeof ROUND_PRESETS)[keyof typeof ROUND_PRESETS], competitorIds?: string[]) {
  const s = new EventScript();
  s.add(0, { type: 'contest-started', competitors: TEAMS });
  s.add(10, { type: 'round-started', roundId: 'r1', settings, competitorIds });
  return s;
}

describe('必答', () => {
  it('gives each team its own question in turn: right +10, wrong nothing, too slow nothing (golden)', () => {
    const s = started(ROUND_PRESETS.required);
    s.add(1_000, { type: 'question-shown', questionId: 'q1', forCompetitorId: 'A' });
    expect(s.state().question).toMatchObject({ answeringId: 'A', deadline: { kind: 'answer', at: at(21_000) } });
    s.add(9_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'right' });
    s.add(10_000, { type: 'question-shown', questionId: 'q2', forCompetitorId: 'B' });
    s.add(15_000, { type: 'answer-judged', questionId: 'q2', competitorId: 'B', verdict: 'wrong' });
    s.add(16_000, { type: 'question-shown', questionId: 'q3', forCompetitorId: 'C' });
    s.add(36_000, { type: 'timer-expired', questionId: 'q3', timer: 'answer' });
    expect(scoreTable(s.state())).toEqual({ A: 10, B: 0, C: 0 });
    expect(s.state().ledger.map((l) => [l.competitorId, l.points, l.reason])).toEqual([
      ['A', 10, 'right'],
      ['B', 0, 'wrong'],
      ['C', 0, 'timeout'],
    ]);
  });

  it('a teammate’s prompt: the host voids the question and its +10 is taken back, with the reason', () => {
    const s = started(ROUND_PRESETS.required);
    s.add(1_000, { type: 'question-shown', questionId: 'q1', forCompetitorId: 'A' });
    s.add(9_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'right' });
    s.add(9_500, { type: 'question-voided', questionId: 'q1', reason: '队友提示' });
    expect(scoreTable(s.state()).A).toBe(0);
    expect(s.state().question?.outcome).toBe('voided');
    expect(s.state().ledger.at(-1)).toMatchObject({ competitorId: 'A', points: -10, reason: 'question-voided', note: '队友提示' });
  });

  it('shows no question for a team that does not play the round, nor a second one while one is open', () => {
    const s = started(ROUND_PRESETS.required, ['A', 'B']);
    s.add(1_000, { type: 'question-shown', questionId: 'q1', forCompetitorId: 'C' });
    expect(s.state().question).toBeNull();
    s.add(2_000, { type: 'question-shown', questionId: 'q1', forCompetitorId: 'A' });
    s.add(3_000, { type: 'question-shown', questionId: 'q2', forCompetitorId: 'B' });
    expect(s.state().question?.id).toBe('q1');
  });
});

describe('风险题', () => {
  function picked() {
    const s = started(ROUND_PRESETS.wager103050);
    s.add(20, { type: 'score-adjusted', competitorId: 'B', points: 40, reason: '上一轮' });
    s.add(30, { type: 'score-adjusted', competitorId: 'C', points: 20, reason: '上一轮' });
    s.add(1_000, { type: 'wager-phase-started' });
    s.add(2_000, { type: 'wager-picked', competitorId: 'A', value: 50 });
    s.add(3_000, { type: 'wager-picked', competitorId: 'C', value: 30 });
    s.add(4_000, { type: 'wager-picked', competitorId: 'B', value: 10 });
    return s;
  }

  it('right adds the value picked, wrong takes it off, a timeout too (golden)', () => {
    const s = picked();
    s.add(5_000, { type: 'question-shown', questionId: 'q1', forCompetitorId: 'A' });
    expect(s.state().question).toMatchObject({ answeringId: 'A', value: 50 });
    s.add(8_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'right' });
    s.add(9_000, { type: 'question-shown', questionId: 'q2', forCompetitorId: 'C' });
    s.add(12_000, { type: 'answer-judged', questionId: 'q2', competitorId: 'C', verdict: 'wrong' });
    s.add(13_000, { type: 'question-shown', questionId: 'q3', forCompetitorId: 'B' });
    s.add(43_000, { type: 'timer-expired', timer: 'answer' });
    expect(scoreTable(s.state())).toEqual({ A: 50, B: 30, C: -10 });
  });

  it('plays each pick once', () => {
    const s = picked();
    s.add(5_000, { type: 'question-shown', questionId: 'q1', forCompetitorId: 'A' });
    s.add(8_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'right' });
    s.add(9_000, { type: 'question-shown', questionId: 'q2', forCompetitorId: 'A' });
    expect(s.state().question?.id).toBe('q1');
  });

  it('shows no question to a team that has not picked', () => {
    const s = started(ROUND_PRESETS.wager103050);
    s.add(1_000, { type: 'wager-phase-started' });
    s.add(5_000, { type: 'question-shown', questionId: 'q1', forCompetitorId: 'A' });
    expect(s.state().question).toBeNull();
  });
});

describe('一站到底', () => {
  it('champion and challenger answer in turn; a wrong answer puts the team out and the next challenger comes (golden)', () => {
    const s = started(ROUND_PRESETS.survival, ['A', 'B', 'C']);
    expect(s.state().round?.duel).toEqual({ championId: 'A', challengerId: 'B', queue: ['C'], turnId: 'B' });
    s.add(1_000, { type: 'question-shown', questionId: 'q1' });
    s.add(3_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'B', verdict: 'right' });
    s.add(4_000, { type: 'question-shown', questionId: 'q2' });
    expect(s.state().question?.answeringId).toBe('A');
    s.add(6_000, { type: 'answer-judged', questionId: 'q2', competitorId: 'A', verdict: 'wrong' });
    expect(s.state().round).toMatchObject({ outIds: ['A'], duel: { championId: 'B', challengerId: 'C', turnId: 'C' } });
    s.add(7_000, { type: 'question-shown', questionId: 'q3' });
    s.add(22_000, { type: 'timer-expired', timer: 'answer' });
    expect(s.state().round).toMatchObject({ outIds: ['A', 'C'], duel: null, winnerId: 'B' });
    expect(scoreTable(s.state())).toEqual({ A: 0, B: 10, C: 0 });
  });

  it('needs a champion and a challenger', () => {
    const s = started(ROUND_PRESETS.survival, ['A']);
    expect(s.state().round).toBeNull();
  });
});
