import { withOpaqueChoiceIds } from './choice-ids';
import type { QuestionDraft } from './question-draft';
import { questionFingerprint } from './question-index';

const matching: QuestionDraft = {
  type: 'matching',
  stem: '配对',
  left: [
    { id: 'L1', text: '甲' },
    { id: 'L2', text: '乙' },
  ],
  right: [
    { id: 'R1', text: '配甲' },
    { id: 'R2', text: '配乙' },
    { id: 'R3', text: '不配' },
  ],
  answer: { L1: 'R1', L2: 'R2' },
};
const ordering: QuestionDraft = {
  type: 'ordering',
  stem: '排序',
  items: ['一', '二', '三', '四', '五'].map((text, i) => ({ id: `S${i + 1}`, text })),
  answer: ['S1', 'S2', 'S3', 'S4', 'S5'],
};
const single: QuestionDraft = { type: 'single', stem: '单选', options: ['对', '错一', '错二'].map((text, i) => ({ id: String.fromCharCode(65 + i), text })), answer: 'A' };

describe('choice ids as an import stores them', () => {
  it('replaces patterned ids with random ones of one length and keeps the key by text', () => {
    for (const draft of [matching, ordering, single]) {
      const stored = withOpaqueChoiceIds(draft);
      expect(questionFingerprint(stored)).toBe(questionFingerprint(draft));
      const ids = JSON.stringify(stored).match(/"id":"[^"]*"/g)!;
      expect(ids.every((id) => /^"id":"[a-z2-9]{8}"$/.test(id))).toBe(true);
    }
  });

  it('does not store ordering items in the key’s order, nor matching answers in the order of their prompts', () => {
    let itemsInKeyOrder = 0;
    let rightInPromptOrder = 0;
    for (let n = 0; n < 200; n++) {
      const o = withOpaqueChoiceIds(ordering);
      if (o.type === 'ordering' && o.items.every((item, i) => item.id === o.answer[i])) itemsInKeyOrder++;
      const m = withOpaqueChoiceIds(matching);
      if (m.type === 'matching' && m.left.every((l, i) => m.answer[l.id] === m.right[i].id)) rightInPromptOrder++;
    }
    // chance: 1 in 5! and 1 in 3·2
    expect(itemsInKeyOrder).toBeLessThan(10);
    expect(rightInPromptOrder).toBeLessThan(70);
  });

  it('keeps options in the order their author wrote them', () => {
    const stored = withOpaqueChoiceIds(single);
    expect(stored.type === 'single' && stored.options.map((o) => o.text)).toEqual(['对', '错一', '错二']);
  });
});
