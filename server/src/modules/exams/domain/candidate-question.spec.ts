import { candidateQuestion, chooseOrder } from './candidate-question';

const ordering = {
  type: 'ordering' as const,
  stem: '排列 V3 系统订单采集的步骤',
  items: [
    { id: 'S1', text: '登录系统' },
    { id: 'S2', text: '选择客户' },
    { id: 'S3', text: '录入订单' },
  ],
  answer: ['S1', 'S2', 'S3'],
  explanation: '先登录，再选客户，再录单。',
};

describe('the question a candidate receives', () => {
  it('carries no key, explanation, reference answer or rubric for any type', () => {
    const essay = candidateQuestion(1, 10, { type: 'essay', stem: '论述总量浮动管理', referenceAnswer: '参考答案', rubric: [{ criterion: '要点', points: 10 }], explanation: '解析' }, null);
    const single = candidateQuestion(2, 2, { type: 'single', stem: '题', options: [{ id: 'A', text: '甲' }, { id: 'B', text: '乙' }], answer: 'B', explanation: '因为乙' }, null);
    const blank = candidateQuestion(3, 2, { type: 'fill_blank', stem: '零售许可证由{{1}}发放', answer: [['县级烟草专卖局']] }, null);
    for (const q of [essay, single, blank]) {
      const text = JSON.stringify(q);
      expect(text).not.toMatch(/answer|explanation|rubric|reference|参考答案|县级烟草专卖局|因为乙/);
    }
    expect(blank.blanks).toBe(1);
  });

  it('never shows ordering items already in the right order', () => {
    for (let seed = 0; seed < 50; seed++) {
      let n = seed;
      const random = () => ((n = (n * 9301 + 49297) % 233280) / 233280);
      const order = chooseOrder(ordering, false, random);
      expect(order?.items).not.toEqual(['S1', 'S2', 'S3']);
      expect([...(order?.items ?? [])].sort()).toEqual(['S1', 'S2', 'S3']);
    }
  });

  it('shows options in the order fixed at the start', () => {
    const q = candidateQuestion(1, 2, { type: 'single', stem: '题', options: [{ id: 'A', text: '甲' }, { id: 'B', text: '乙' }, { id: 'C', text: '丙' }], answer: 'A' }, { options: ['C', 'A', 'B'] });
    expect(q.options?.map((o) => o.id)).toEqual(['C', 'A', 'B']);
  });
});
