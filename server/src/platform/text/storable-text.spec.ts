import { unstorableTextProblem } from './storable-text';

describe('storable text', () => {
  it('accepts any well-formed text, emoji and CJK extension characters included', () => {
    expect(unstorableTextProblem('卷烟 😀 𠀀 tab\there')).toBeNull();
  });

  it('refuses a NUL anywhere', () => {
    expect(unstorableTextProblem('abc\0')).toMatch(/NUL/);
  });

  it('refuses a high or low surrogate standing alone, at either end or in the middle', () => {
    for (const text of ['\uD800', 'a\uDC00', '\uDBFFb', 'x\uDFFF\uD800y']) expect(unstorableTextProblem(text)).toMatch(/代理项/);
  });
});
