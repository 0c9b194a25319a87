import type { QuestionBody } from '../../../question-bank/domain/question-draft';
import { gradeAnswer } from './grade-answer';

describe('single choice with partial credit (Moodle 33.33333 %, GIFT ~%50%)', () => {
  const body: QuestionBody = {
    type: 'single',
    options: [
      { id: 'a', text: '核实并报告' },
      { id: 'b', text: '记录在档案' },
      { id: 'c', text: '停止供货' },
    ],
    answer: 'a',
    credit: { b: 0.3333333 },
  };

  it('gives the key full marks, the credited option its fraction and any other option nothing', () => {
    expect(['a', 'b', 'c', ''].map((answer) => gradeAnswer(body, answer))).toEqual([
      { fraction: 1, state: 'correct' },
      { fraction: 0.3333333, state: 'partial' },
      { fraction: 0, state: 'incorrect' },
      { fraction: 0, state: 'unanswered' },
    ]);
  });

  it('gives nothing for an answer that is not an option id, even one named like a credit entry', () => {
    expect(gradeAnswer(body, ['b'])).toEqual({ fraction: 0, state: 'incorrect' });
  });
});
