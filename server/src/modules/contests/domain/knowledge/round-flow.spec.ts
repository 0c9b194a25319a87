import { at, EventScript, TEAMS } from './event-script';
import { ROUND_PRESETS } from './round-presets';
import { notPicked } from './wager-order';

function wagerRound() {
  const s = new EventScript();
  s.add(0, { type: 'contest-started', competitors: TEAMS });
  s.add(5, { type: 'score-adjusted', competitorId: 'A', points: 30, reason: '上一轮' });
  s.add(6, { type: 'score-adjusted', competitorId: 'C', points: 10, reason: '上一轮' });
  s.add(10, { type: 'round-started', roundId: 'r1', settings: ROUND_PRESETS.wager204060 });
  s.add(1_000, { type: 'wager-phase-started' });
  return s;
}

describe('风险题 picks', () => {
  it('are made in order of current score, lowest first, with a list of who has not picked', () => {
    const s = wagerRound();
    const phase = s.state().round!.wager!;
    expect(phase.order).toEqual(['B', 'C', 'A']);
    expect(phase.deadline).toEqual({ kind: 'pick', at: at(31_000) });
    s.add(2_000, { type: 'wager-picked', competitorId: 'B', value: 60 });
    expect(notPicked(s.state().round!.wager!)).toEqual(['C', 'A']);
    expect(s.state().round!.wager!.deadline).toEqual({ kind: 'pick', at: at(32_000) });
  });

  it('refuse a pick out of turn or of a value the round does not offer', () => {
    const s = wagerRound();
    s.add(2_000, { type: 'wager-picked', competitorId: 'A', value: 60 });
    s.add(2_100, { type: 'wager-picked', competitorId: 'B', value: 50 });
    expect(s.state().round!.wager!.picks).toEqual({});
  });

  it('give the lowest value to a team whose pick time ran out', () => {
    const s = wagerRound();
    s.add(31_000, { type: 'timer-expired', timer: 'pick' });
    expect(s.state().round!.wager!.picks).toEqual({ B: 20 });
    expect(notPicked(s.state().round!.wager!)).toEqual(['C', 'A']);
  });

  it('start afresh in a new phase, in the order of the scores by then', () => {
    const s = wagerRound();
    for (const id of ['B', 'C', 'A']) s.add(2_000, { type: 'wager-picked', competitorId: id, value: 20 });
    s.add(3_000, { type: 'question-shown', questionId: 'q1', forCompetitorId: 'B' });
    s.add(4_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'B', verdict: 'right' });
    s.add(5_000, { type: 'wager-phase-started' });
    expect(s.state().round!.wager).toMatchObject({ order: ['C', 'B', 'A'], picks: {}, usedIds: [] });
  });

  it('can put the highest score first', () => {
    const s = new EventScript();
    s.add(0, { type: 'contest-started', competitors: TEAMS });
    s.add(5, { type: 'score-adjusted', competitorId: 'C', points: 10, reason: '上一轮' });
    s.add(10, { type: 'round-started', roundId: 'r1', settings: { ...ROUND_PRESETS.wager103050, pickOrder: 'high-first' } });
    s.add(1_000, { type: 'wager-phase-started' });
    expect(s.state().round!.wager!.order).toEqual(['C', 'A', 'B']);
  });
});

describe('rounds', () => {
  it('start one at a time, never the same round twice, and end with the contest', () => {
    const s = new EventScript();
    s.add(0, { type: 'contest-started', competitors: TEAMS });
    s.add(10, { type: 'round-started', roundId: 'r1', settings: ROUND_PRESETS.required });
    s.add(20, { type: 'round-started', roundId: 'r2', settings: ROUND_PRESETS.speed });
    expect(s.state().round?.id).toBe('r1');
    s.add(30, { type: 'round-ended', roundId: 'r1' });
    s.add(40, { type: 'round-started', roundId: 'r1', settings: ROUND_PRESETS.speed });
    expect(s.state().round).toBeNull();
    s.add(50, { type: 'round-started', roundId: 'r2', settings: ROUND_PRESETS.speed });
    s.add(60, { type: 'contest-ended' });
    expect(s.state()).toMatchObject({ status: 'ended', round: null, playedRoundIds: ['r1', 'r2'] });
  });

  it('refuse settings that cannot be played', () => {
    const s = new EventScript();
    s.add(0, { type: 'contest-started', competitors: TEAMS });
    s.add(10, { type: 'round-started', roundId: 'r1', settings: { ...ROUND_PRESETS.speed, speedShare: 1.5 } });
    expect(s.state().round).toBeNull();
  });
});
