import { scoreTable } from './knowledge-state';
import { EventScript, TEAMS } from './event-script';
import { ROUND_PRESETS } from './round-presets';
import type { SpeedRound } from './round-settings';

function speedRound(settings: SpeedRound) {
  const s = new EventScript();
  s.add(0, { type: 'contest-started', competitors: TEAMS });
  s.add(10, { type: 'round-started', roundId: 'r1', settings });
  return s;
}

describe('速答', () => {
  it('scores everyone’s answer by correctness then speed, one answer per team (golden)', () => {
    const s = speedRound(ROUND_PRESETS.speed);
    s.add(1_000, { type: 'question-shown', questionId: 'q1' });
    s.add(3_000, { type: 'answer-submitted', questionId: 'q1', playerId: 'b1', correct: false });
    s.add(6_000, { type: 'answer-submitted', questionId: 'q1', playerId: 'a2', correct: true });
    s.add(6_500, { type: 'answer-submitted', questionId: 'q1', playerId: 'a1', correct: true });
    s.add(21_000, { type: 'answer-submitted', questionId: 'q1', playerId: 'c1', correct: true });
    expect(scoreTable(s.state())).toEqual({ A: 88, B: 0, C: 50 });
    expect(s.state().question).toMatchObject({ phase: 'closed', outcome: 'answered' });
  });

  it('refuses an answer after the deadline and closes the question when time is up', () => {
    const s = speedRound(ROUND_PRESETS.speed);
    s.add(1_000, { type: 'question-shown', questionId: 'q1' });
    s.add(21_001, { type: 'answer-submitted', questionId: 'q1', playerId: 'c1', correct: true });
    s.add(21_001, { type: 'timer-expired', questionId: 'q1', timer: 'responses' });
    expect(scoreTable(s.state()).C).toBe(0);
    expect(s.state().question).toMatchObject({ phase: 'closed', outcome: 'unanswered' });
  });

  it('adds a streak bonus for right answers in a row and resets it on a wrong or missing answer', () => {
    const s = speedRound({ ...ROUND_PRESETS.speedFlat, streakBonus: 5, streakCap: 3 });
    const question = (n: number, t: number, bCorrect: boolean | null) => {
      s.add(t, { type: 'question-shown', questionId: `q${n}` });
      s.add(t + 1_000, { type: 'answer-submitted', questionId: `q${n}`, playerId: 'a1', correct: true });
      if (bCorrect !== null) s.add(t + 1_000, { type: 'answer-submitted', questionId: `q${n}`, playerId: 'b1', correct: bCorrect });
      s.add(t + 20_000, { type: 'timer-expired', questionId: `q${n}`, timer: 'responses' });
    };
    question(1, 1_000, true);
    question(2, 30_000, true);
    question(3, 60_000, false);
    question(4, 90_000, true);
    question(5, 120_000, null);
    question(6, 150_000, true);
    expect(s.state().round?.streaks).toEqual({ A: 6, B: 1, C: 0 });
    // A: 10 ×6 plus 5, 10, 15, 15, 15; B: 10, 15, 0, 10, -, 10
    expect(scoreTable(s.state())).toEqual({ A: 120, B: 45, C: 0 });
    expect(
      s
        .state()
        .ledger.filter((l) => l.reason === 'streak' && l.competitorId === 'A')
        .map((l) => l.points),
    ).toEqual([5, 10, 15, 15, 15]);
  });

  it('counts only the captain’s answer when the round says the captain answers', () => {
    const s = new EventScript();
    s.add(0, { type: 'contest-started', competitors: TEAMS.map((t) => (t.id === 'A' ? { ...t, captainId: 'a2' } : t)) });
    s.add(10, { type: 'round-started', roundId: 'r1', settings: { ...ROUND_PRESETS.speedFlat, captainOnly: true } });
    s.add(1_000, { type: 'question-shown', questionId: 'q1' });
    s.add(2_000, { type: 'answer-submitted', questionId: 'q1', playerId: 'a1', correct: false });
    s.add(3_000, { type: 'answer-submitted', questionId: 'q1', playerId: 'a2', correct: true });
    expect(scoreTable(s.state()).A).toBe(10);
  });

  it('leaves paused time out of the time used', () => {
    const s = speedRound(ROUND_PRESETS.speed);
    s.add(1_000, { type: 'question-shown', questionId: 'q1' });
    s.add(2_000, { type: 'paused' });
    s.add(60_000, { type: 'resumed' });
    s.add(63_000, { type: 'answer-submitted', questionId: 'q1', playerId: 'a1', correct: true });
    expect(scoreTable(s.state()).A).toBe(90);
  });
});
