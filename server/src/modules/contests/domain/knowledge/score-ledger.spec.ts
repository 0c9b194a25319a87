import { INITIAL_STATE, scoreTable, type KnowledgeState, type ScoreChange } from './knowledge-state';
import { addScore, reverseQuestionScores } from './score-ledger';

const state: KnowledgeState = {
  ...INITIAL_STATE,
  status: 'running',
  competitors: [
    { id: 'A', name: 'A', members: [] },
    { id: 'B', name: 'B', members: [] },
  ],
  indexOf: { A: 0, B: 1 },
  scores: [0, 0],
};
const line = (key: string, competitorId: string, points: number, questionId?: string): ScoreChange => ({
  key,
  eventId: key,
  at: 0,
  competitorId,
  points,
  reason: key.startsWith('foul') ? 'foul' : questionId ? 'right' : 'host-adjust',
  questionId,
});

describe('score ledger', () => {
  it('adds each key once, however often it is sent', () => {
    let s = addScore(state, line('answer:q1:A', 'A', 10, 'q1'));
    s = addScore(s, line('answer:q1:A', 'A', 10, 'q1'));
    expect(scoreTable(s)).toEqual({ A: 10, B: 0 });
    expect(s.ledger).toHaveLength(1);
  });

  it('still finds the question’s line behind a host adjustment made meanwhile', () => {
    let s = addScore(state, line('answer:q1:A', 'A', 10, 'q1'));
    s = addScore(s, line('adjust:x', 'B', 5));
    expect(addScore(s, line('answer:q1:A', 'A', 10, 'q1'))).toBe(s);
  });

  it('ignores a competitor it does not know', () => {
    expect(addScore(state, line('answer:q1:Z', 'Z', 10, 'q1'))).toBe(state);
  });

  it('takes a voided question’s points back line by line, keeping the original lines', () => {
    let s = addScore(state, line('answer:q1:A', 'A', 10, 'q1'));
    s = addScore(s, line('foul:q1:B', 'B', -10, 'q1'));
    s = reverseQuestionScores(s, 'q1', 'void-1', 5, '题目有误');
    expect(scoreTable(s)).toEqual({ A: 0, B: 0 });
    expect(s.ledger.map((l) => [l.key, l.points, l.reason])).toEqual([
      ['answer:q1:A', 10, 'right'],
      ['foul:q1:B', -10, 'foul'],
      ['void:answer:q1:A', -10, 'question-voided'],
      ['void:foul:q1:B', 10, 'question-voided'],
    ]);
  });
});
