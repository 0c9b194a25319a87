import { scoreTable } from './knowledge-state';
import { buzzResolution } from './buzzer-flow';
import { remainingMs } from './countdown';
import { at, EventScript, TEAMS } from './event-script';
import type { KnowledgeEvent } from './knowledge-events';
import { lastUndoable, reduce, replay } from './knowledge-reducer';
import { INITIAL_STATE } from './knowledge-state';
import { ROUND_PRESETS } from './round-presets';

/** A contest through every round type, with a foul, a wager, an adjustment, an undo, a pause and a tie-break. */
function wholeContest(): EventScript {
  const s = new EventScript();
  s.add(0, { type: 'contest-started', competitors: TEAMS });
  s.add(100, { type: 'round-started', roundId: '必答', settings: ROUND_PRESETS.required });
  TEAMS.forEach((team, i) => {
    s.add(1_000 + i * 10_000, { type: 'question-shown', questionId: `r1q${i}`, forCompetitorId: team.id });
    s.add(5_000 + i * 10_000, {
      type: 'answer-judged',
      questionId: `r1q${i}`,
      competitorId: team.id,
      verdict: i === 1 ? 'wrong' : 'right',
    });
  });
  s.add(40_000, { type: 'round-ended', roundId: '必答' });
  s.add(41_000, { type: 'round-started', roundId: '抢答', settings: ROUND_PRESETS.buzzerLoseRightOnFoul });
  s.add(42_000, { type: 'question-shown', questionId: 'r2q1' });
  s.add(45_000, { type: 'buzzer-armed', questionId: 'r2q1', opensAt: at(45_250) });
  s.add(45_200, { type: 'buzz-pressed', questionId: 'r2q1', playerId: 'c1', stampedAt: at(45_180), rttMs: 40, clockStable: true });
  s.add(45_400, { type: 'buzz-pressed', questionId: 'r2q1', playerId: 'b1', stampedAt: at(45_300), rttMs: 200, clockStable: true });
  s.add(45_330, { type: 'buzz-pressed', questionId: 'r2q1', playerId: 'a1', stampedAt: at(45_320), rttMs: 20, clockStable: true });
  s.add(45_500, { type: 'buzz-resolved', questionId: 'r2q1', ranking: buzzResolution(s.state()) });
  s.add(47_000, { type: 'paused' });
  s.add(50_000, { type: 'resumed' });
  s.add(52_000, { type: 'answer-judged', questionId: 'r2q1', competitorId: 'B', verdict: 'right' });
  s.add(60_000, { type: 'round-ended', roundId: '抢答' });
  s.add(61_000, { type: 'round-started', roundId: '风险', settings: ROUND_PRESETS.wager103050 });
  s.add(62_000, { type: 'wager-phase-started' });
  for (const [id, value] of [
    ['A', 10],
    ['B', 30],
    ['C', 50],
  ] as const)
    s.add(63_000, { type: 'wager-picked', competitorId: id, value });
  s.add(64_000, { type: 'question-shown', questionId: 'r3q1', forCompetitorId: 'C' });
  s.add(70_000, { type: 'answer-judged', questionId: 'r3q1', competitorId: 'C', verdict: 'wrong' });
  s.add(71_000, { type: 'round-ended', roundId: '风险' });
  s.add(72_000, { type: 'round-started', roundId: '速答', settings: ROUND_PRESETS.speed });
  s.add(73_000, { type: 'question-shown', questionId: 'r4q1' });
  s.add(78_000, { type: 'answer-submitted', questionId: 'r4q1', playerId: 'a2', correct: true });
  s.add(83_000, { type: 'answer-submitted', questionId: 'r4q1', playerId: 'c1', correct: true });
  s.add(93_000, { type: 'timer-expired', questionId: 'r4q1', timer: 'responses' });
  s.add(94_000, { type: 'round-ended', roundId: '速答' });
  s.add(95_000, { type: 'score-adjusted', competitorId: 'C', points: 5, reason: '录入错误' }, 'adjust-1');
  s.add(95_500, { type: 'action-undone', targetId: 'adjust-1' });
  s.add(96_000, { type: 'score-adjusted', competitorId: 'B', points: 73, reason: '补记加分' });
  s.add(97_000, { type: 'round-started', roundId: '一站到底', settings: ROUND_PRESETS.survival, competitorIds: ['C', 'A'] });
  s.add(98_000, { type: 'question-shown', questionId: 'r5q1' });
  s.add(99_000, { type: 'answer-judged', questionId: 'r5q1', competitorId: 'A', verdict: 'wrong' });
  s.add(99_500, { type: 'round-ended', roundId: '一站到底' });
  return s;
}

describe('knowledge contest log', () => {
  it('plays a whole contest to the expected scores (golden)', () => {
    const state = wholeContest().state();
    // A: 必答 +10, 速答 +88; B: 必答 0, 抢答 +10, +73; C: 必答 +10, 风险 −50, 速答 +75, 一站到底 none
    expect(scoreTable(state)).toEqual({ A: 98, B: 83, C: 35 });
    expect(state.round).toBeNull();
    expect(state.playedRoundIds).toEqual(['必答', '抢答', '风险', '速答', '一站到底']);
    expect(state.ledger.every((line) => line.reason.length > 0)).toBe(true);
    expect(state.ledger.filter((l) => l.reason === 'host-adjust').map((l) => [l.competitorId, l.points, l.note])).toEqual([
      ['B', 73, '补记加分'],
    ]);
  });

  it('ranks the 抢答 by press time and bars the team that buzzed early', () => {
    const s = wholeContest();
    const upToResolved = s.events.slice(0, s.events.findIndex((e) => e.type === 'buzz-resolved') + 1);
    const question = replay(upToResolved).question!;
    expect(question.barredIds).toEqual(['C']);
    expect(question.ranking.map((r) => [r.competitorId, r.gapMs])).toEqual([
      ['B', 0],
      ['A', 20],
    ]);
  });

  it('rebuilds a question in progress after a restart, with its time left, pause excluded', () => {
    const s = wholeContest();
    const upToResume = s.events.slice(0, s.events.findIndex((e) => e.type === 'resumed') + 1);
    const rebuilt = replay(upToResume);
    expect(rebuilt.question).toMatchObject({ id: 'r2q1', phase: 'answering', answeringId: 'B' });
    // resolved at 45.5 s with 20 s to answer, paused 3 s: due at 68.5 s
    expect(remainingMs(rebuilt, at(51_000))).toBe(17_500);
    const cached = JSON.parse(JSON.stringify(rebuilt)) as typeof rebuilt;
    const rest = s.events.slice(upToResume.length);
    expect(rest.reduce(reduce, cached)).toEqual(s.state());
  });

  it('gives the same state whatever is resent: each event twice, or the whole log again', () => {
    const s = wholeContest();
    const once = s.state();
    const twice = replay(s.events.flatMap((e) => [e, e]));
    const again = replay([...s.events, ...s.events]);
    const live = [...s.events, ...s.events].reduce(reduce, INITIAL_STATE);
    for (const state of [twice, again, live]) {
      expect(scoreTable(state)).toEqual(scoreTable(once));
      expect(state.ledger).toEqual(once.ledger);
      expect(state.history).toEqual(once.history);
    }
  });

  it('scores a question once per team even when the judgement is resent under a new id', () => {
    const s = new EventScript();
    s.add(0, { type: 'contest-started', competitors: TEAMS });
    s.add(10, { type: 'round-started', roundId: 'r1', settings: ROUND_PRESETS.required });
    s.add(1_000, { type: 'question-shown', questionId: 'q1', forCompetitorId: 'A' });
    s.add(2_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'right' }, 'judge-1');
    s.add(2_050, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'right' }, 'judge-1-retry');
    s.add(2_060, { type: 'answer-submitted', questionId: 'q1', playerId: 'a1', correct: true });
    expect(scoreTable(s.state()).A).toBe(10);
    expect(s.state().ledger).toHaveLength(1);
  });

  it('does not pause again when a pause is resent after the resume', () => {
    const s = new EventScript();
    s.add(0, { type: 'contest-started', competitors: TEAMS });
    const paused = s.add(10, { type: 'paused' });
    s.add(20, { type: 'resumed' });
    expect(reduce(s.state(), paused).pausedAt).toBeNull();
  });

  it('accepts nothing before the contest starts', () => {
    const e: KnowledgeEvent = { id: 'x', at: 1, type: 'round-started', roundId: 'r1', settings: ROUND_PRESETS.required };
    expect(reduce(INITIAL_STATE, e)).toBe(INITIAL_STATE);
  });
});

describe('undo', () => {
  function judged() {
    const s = new EventScript();
    s.add(0, { type: 'contest-started', competitors: TEAMS });
    s.add(10, { type: 'round-started', roundId: 'r1', settings: ROUND_PRESETS.required });
    s.add(100, { type: 'score-adjusted', competitorId: 'B', points: 20, reason: '迟到补分' }, 'adjust');
    s.add(1_000, { type: 'question-shown', questionId: 'q1', forCompetitorId: 'A' });
    s.add(2_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'right' }, 'judge');
    return s;
  }

  it('takes back the last judgement: its score goes and the team is answering again', () => {
    const s = judged();
    expect(lastUndoable(s.state())?.id).toBe('judge');
    s.add(2_500, { type: 'action-undone', targetId: 'judge' });
    expect(scoreTable(s.state())).toEqual({ A: 0, B: 20, C: 0 });
    expect(s.state().question).toMatchObject({ phase: 'answering', answeringId: 'A' });
    s.add(3_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'wrong' });
    expect(scoreTable(s.state()).A).toBe(0);
    expect(s.state().ledger.at(-1)).toMatchObject({ competitorId: 'A', reason: 'wrong' });
  });

  it('undoes one action per undo: a resent undo takes back nothing more', () => {
    const s = judged();
    s.add(2_500, { type: 'action-undone', targetId: 'judge' }, 'undo-1');
    s.add(2_600, { type: 'action-undone', targetId: 'judge' }, 'undo-1-retry');
    expect(scoreTable(s.state()).B).toBe(20);
    expect(lastUndoable(s.state())?.id).toBe('adjust');
  });

  it('only undoes the latest action', () => {
    const s = judged();
    s.add(2_500, { type: 'action-undone', targetId: 'adjust' });
    expect(scoreTable(s.state())).toEqual({ A: 10, B: 20, C: 0 });
    s.add(2_600, { type: 'action-undone', targetId: 'judge' });
    s.add(2_700, { type: 'action-undone', targetId: 'adjust' });
    expect(scoreTable(s.state())).toEqual({ A: 0, B: 0, C: 0 });
  });
});
