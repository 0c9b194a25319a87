import { candidateQuestion } from './candidate-question';

describe('the question a candidate receives', () => {
  it('carries no key, explanation, reference answer or rubric for any type', () => {
    const essay = candidateQuestion(1, 10, {
      type: 'essay',
      stem: '论述总量浮动管理',
      referenceAnswer: '参考答案',
      rubric: [{ criterion: '要点', points: 10 }],
      explanation: '解析',
    });
    const single = candidateQuestion(2, 2, {
      type: 'single',
      stem: '题',
      options: [
        { id: 'A', text: '甲' },
        { id: 'B', text: '乙' },
      ],
      answer: 'B',
      explanation: '因为乙',
    });
    const blank = candidateQuestion(3, 2, { type: 'fill_blank', stem: '零售许可证由{{1}}发放', answer: [['县级烟草专卖局']] });
    const matching = candidateQuestion(4, 2, {
      type: 'matching',
      stem: '配对',
      left: [{ id: 'L1', text: '甲' }],
      right: [{ id: 'R1', text: '乙' }],
      answer: { L1: 'R1' },
    });
    for (const q of [essay, single, blank, matching]) {
      const text = JSON.stringify(q);
      expect(text).not.toMatch(/answer|explanation|rubric|reference|参考答案|县级烟草专卖局|因为乙/);
    }
    expect(blank.blanks).toBe(1);
  });

  it('shows the lists in the order and under the ids it is given', () => {
    const q = candidateQuestion(1, 2, {
      type: 'single',
      stem: '题',
      options: [
        { id: 'x', text: '丙' },
        { id: 'y', text: '甲' },
      ],
      answer: 'y',
    });
    expect(q.options).toEqual([
      { id: 'x', text: '丙' },
      { id: 'y', text: '甲' },
    ]);
  });
});
