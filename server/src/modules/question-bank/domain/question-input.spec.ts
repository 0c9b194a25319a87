import { draftFromInput } from './question-input';

describe('question input from the editor', () => {
  it('keeps only the fields of the chosen type and sanitises rich text', () => {
    const result = draftFromInput({
      type: 'single',
      stem: '<p>依据<script>x()</script>法律</p>',
      options: [
        { id: 'A', text: '甲' },
        { id: 'B', text: '乙' },
      ],
      items: [{ id: 'S1', text: '不属于单选题' }],
      answer: 'B',
    });
    expect(result).toEqual({ draft: { type: 'single', stem: '<p>依据法律</p>', options: [{ id: 'A', text: '甲' }, { id: 'B', text: '乙' }], answer: 'B' } });
  });

  it('names the answer field when its shape does not fit the type', () => {
    expect(draftFromInput({ type: 'multiple', stem: 's', answer: 'A' })).toMatchObject({ problems: [{ field: 'answer', message: '多选题答案须为选项编号的数组' }] });
    expect(draftFromInput({ type: 'numeric', stem: 's', answer: { value: 'sixty' } })).toMatchObject({ problems: [{ field: 'answer' }] });
  });

  it('applies the cross-format rules too', () => {
    expect(draftFromInput({ type: 'ordering', stem: '排序', items: [{ id: 'S1', text: 'a' }, { id: 'S2', text: 'b' }, { id: 'S3', text: 'c' }], answer: ['S1', 'S2'] })).toMatchObject({
      problems: [{ field: 'answer', message: '排序题答案须把每个条目恰好列出一次' }],
    });
  });
});
