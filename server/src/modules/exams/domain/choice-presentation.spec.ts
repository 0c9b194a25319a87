import type { QuestionContent } from '../../question-bank/domain/question-draft';
import { candidateQuestion } from './candidate-question';
import { choosePresentation, presentedContent, shownAnswer, storedAnswer } from './choice-presentation';
import { answerShapeProblem } from './grading/answer-shape';

/** A reproducible uniform generator (mulberry32), so the bounds below hold for the same draws every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const choices = (prefix: string, texts: string[]) => texts.map((text, i) => ({ id: `${prefix}${i + 1}`, text }));
const letters = (texts: string[]) => texts.map((text, i) => ({ id: String.fromCharCode(65 + i), text }));

// stored as the importers stored them: the key first, in order, or paired by number
const single: QuestionContent = { type: 'single', stem: '单选', options: letters(['对的', '错一', '错二', '错三']), answer: 'A' };
const multiple: QuestionContent = {
  type: 'multiple',
  stem: '多选',
  options: letters(['对一', '对二', '错一', '错二']),
  answer: ['A', 'B'],
};
const matching: QuestionContent = {
  type: 'matching',
  stem: '匹配',
  left: choices('L', ['甲', '乙', '丙']),
  right: choices('R', ['子', '丑', '寅', '卯']),
  answer: { L1: 'R1', L2: 'R2', L3: 'R3' },
};
const ordering: QuestionContent = { type: 'ordering', stem: '排序', items: choices('S', ['一', '二', '三']), answer: ['S1', 'S2', 'S3'] };

const DRAWS = 200;

/** How far from chance a count may stray: five standard deviations of a binomial, and at least 3. */
function expectNearChance(count: number, chance: number, what: string): void {
  const mean = DRAWS * chance;
  const slack = Math.max(3, 5 * Math.sqrt(DRAWS * chance * (1 - chance)));
  expect({ what, count, near: Math.abs(count - mean) <= slack }).toEqual({ what, count, near: true });
}

const sortedIds = (list: Array<{ id: string }>) => list.map((c) => c.id).sort();

function draws(content: QuestionContent, seed: number) {
  const random = seeded(seed);
  return Array.from({ length: DRAWS }, () => {
    const order = choosePresentation(content, { random });
    const shown = presentedContent(content, order);
    return { order, shown, seen: candidateQuestion(1, 2, shown) };
  });
}

describe('what a candidate is shown carries no information about the key', () => {
  it('single and multiple choice: the first option shown, and the first id in sort order, are in the key only as often as chance says', () => {
    for (const [content, seed] of [
      [single, 1],
      [multiple, 2],
    ] as const) {
      const key = new Set([(content as { answer: string | string[] }).answer].flat());
      const texts = new Map((content as { options: Array<{ id: string; text: string }> }).options.map((o) => [o.id, o.text]));
      const keyTexts = new Set([...key].map((id) => texts.get(id)));
      const chance = key.size / texts.size;
      let firstShown = 0;
      let firstSorted = 0;
      for (const { seen } of draws(content, seed)) {
        const options = seen.options!;
        if (keyTexts.has(options[0].text)) firstShown++;
        const first = sortedIds(options)[0];
        if (keyTexts.has(options.find((o) => o.id === first)!.text)) firstSorted++;
      }
      expectNearChance(firstShown, chance, `${content.type}: first shown`);
      expectNearChance(firstSorted, chance, `${content.type}: first by id`);
    }
  });

  it('matching: pairing by position or by sorted ids gives the key only as often as chance says', () => {
    const rightOf = new Map(
      matching.type === 'matching'
        ? Object.entries(matching.answer).map(([l, r]) => [
            matching.left.find((c) => c.id === l)!.text,
            matching.right.find((c) => c.id === r)!.text,
          ])
        : [],
    );
    let byPosition = 0;
    let byIds = 0;
    for (const { seen } of draws(matching, 3)) {
      const left = seen.left!;
      const right = seen.right!;
      if (left.every((l, i) => rightOf.get(l.text) === right[i].text)) byPosition++;
      const leftSorted = sortedIds(left).map((id) => left.find((c) => c.id === id)!.text);
      const rightSorted = sortedIds(right).map((id) => right.find((c) => c.id === id)!.text);
      if (leftSorted.every((l, i) => rightOf.get(l) === rightSorted[i])) byIds++;
    }
    // three left items, four right ones: one arrangement in 4·3·2 pairs them all
    expectNearChance(byPosition, 1 / 24, 'matching: by position');
    expectNearChance(byIds, 1 / 24, 'matching: by sorted ids');
  });

  it('ordering: the order shown, and the ids in sort order, are the key only as often as chance says', () => {
    const keyTexts = ['一', '二', '三'];
    let shownInOrder = 0;
    let sortedInOrder = 0;
    for (const { seen } of draws(ordering, 4)) {
      const items = seen.items!;
      if (items.map((c) => c.text).join() === keyTexts.join()) shownInOrder++;
      if (
        sortedIds(items)
          .map((id) => items.find((c) => c.id === id)!.text)
          .join() === keyTexts.join()
      )
        sortedInOrder++;
    }
    // 1 in 3! — never showing the right order would tell the candidate which order is wrong
    expectNearChance(shownInOrder, 1 / 6, 'ordering: shown in order');
    expectNearChance(sortedInOrder, 1 / 6, 'ordering: sorted ids in order');
  });

  it('shows the key option at every position equally often, and under a new id of the same length each time', () => {
    const positions = [0, 0, 0, 0];
    const keyIds = new Set<string>();
    for (const { seen } of draws(single, 5)) {
      const options = seen.options!;
      const at = options.findIndex((o) => o.text === '对的');
      positions[at]++;
      keyIds.add(options[at].id);
      expect(new Set(options.map((o) => o.id.length)).size).toBe(1);
      expect(options.map((o) => o.id)).not.toContain('A');
    }
    for (const [i, count] of positions.entries()) expectNearChance(count, 1 / 4, `key at position ${i + 1}`);
    expect(keyIds.size).toBeGreaterThan(DRAWS - 2);
  });

  it('shows true/false, fill-in, numeric and essay questions the same whatever their key', () => {
    const pairs: Array<[QuestionContent, QuestionContent]> = [
      [
        { type: 'true_false', stem: '题', answer: true },
        { type: 'true_false', stem: '题', answer: false },
      ],
      [
        { type: 'fill_blank', stem: '{{1}}和{{2}}', answer: [['甲'], ['乙']] },
        { type: 'fill_blank', stem: '{{1}}和{{2}}', answer: [['丙', '丁', '戊'], ['己']] },
      ],
      [
        { type: 'numeric', stem: '题', answer: { value: 3 }, unit: '条' },
        { type: 'numeric', stem: '题', answer: { min: 1, max: 100 }, unit: '条' },
      ],
      [
        { type: 'essay', stem: '题', referenceAnswer: '短', rubric: [{ criterion: '一', points: 5 }] },
        {
          type: 'essay',
          stem: '题',
          referenceAnswer: '很长的参考答案',
          rubric: [
            { criterion: '一', points: 2 },
            { criterion: '二', points: 3 },
          ],
        },
      ],
    ];
    for (const [a, b] of pairs) {
      expect(choosePresentation(a)).toBeNull();
      expect(candidateQuestion(1, 5, presentedContent(a, null))).toEqual(candidateQuestion(1, 5, presentedContent(b, null)));
    }
  });
});

describe('answers in the ids a candidate sees', () => {
  const cases: Array<[QuestionContent, (shown: QuestionContent) => unknown]> = [
    [single, (q) => (q.type === 'single' ? q.options.find((o) => o.text === '对的')!.id : null)],
    [multiple, (q) => (q.type === 'multiple' ? q.options.filter((o) => o.text.startsWith('对')).map((o) => o.id) : null)],
    [matching, (q) => (q.type === 'matching' ? Object.fromEntries(q.left.map((l, i) => [l.id, q.right[(i + 1) % 4].id])) : null)],
    [ordering, (q) => (q.type === 'ordering' ? [...q.items].reverse().map((i) => i.id) : null)],
  ];

  it('are saved in the stored ids and shown back in the ids the candidate saw', () => {
    for (const [content, answerOf] of cases) {
      const order = choosePresentation(content, { random: seeded(6) });
      const shown = presentedContent(content, order);
      const answer = answerOf(shown);
      expect(answerShapeProblem(shown, answer)).toBeNull();
      const stored = storedAnswer(content, order, answer);
      expect(answerShapeProblem(content, stored)).toBeNull();
      expect(shownAnswer(content, order, stored)).toEqual(answer);
    }
  });

  it('turns the key into the ids shown, so the review names what the candidate saw', () => {
    const order = choosePresentation(single, { random: seeded(7) });
    const shown = presentedContent(single, order);
    expect(shown.type === 'single' && shown.options.find((o) => o.id === shown.answer)?.text).toBe('对的');
  });

  it('names partial credit in the ids shown too, never the stored ones', () => {
    const credited: QuestionContent = { ...single, credit: { B: 0.5 } };
    const order = choosePresentation(credited, { random: seeded(9) });
    const shown = presentedContent(credited, order);
    if (shown.type !== 'single') throw new Error('single');
    expect(Object.keys(shown.credit ?? {})).not.toContain('B');
    expect(Object.entries(shown.credit ?? {}).map(([id, c]) => [shown.options.find((o) => o.id === id)?.text, c])).toEqual([['错一', 0.5]]);
  });

  it('refuses a stored id the candidate was not shown, so guessing S1, S2, S3 answers nothing', () => {
    const order = choosePresentation(ordering, { random: seeded(8) });
    const shown = presentedContent(ordering, order);
    expect(answerShapeProblem(shown, ['S1', 'S2', 'S3'])).toMatch(/没有条目「S1」/);
  });

  it('keeps showing an attempt started before ids were hidden as it was shown then', () => {
    const legacy = { options: ['C', 'A', 'B', 'D'] };
    const shown = presentedContent(single, legacy);
    expect(shown.type === 'single' && shown.options.map((o) => o.id)).toEqual(['C', 'A', 'B', 'D']);
    expect(storedAnswer(single, legacy, 'C')).toBe('C');
    expect(presentedContent(ordering, null)).toEqual(ordering);
  });
});
