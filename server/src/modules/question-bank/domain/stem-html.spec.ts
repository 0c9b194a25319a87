import { richTextToPlain, sanitizeRichText } from './stem-html';

describe('rich text in stems', () => {
  it('keeps basic formatting and drops scripts, handlers and styles', () => {
    expect(sanitizeRichText('<p>依据<b>烟草专卖法</b><script>alert(1)</script></p>')).toBe('<p>依据<b>烟草专卖法</b></p>');
    expect(sanitizeRichText('<img src="x" onerror="alert(1)"><p style="color:red" onclick="x()">文字</p>')).toBe('<p>文字</p>');
  });

  it('keeps inline images and drops remote ones', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(sanitizeRichText(`<img src="${png}" alt="截图">`)).toBe(`<img src="${png}" alt="截图" />`);
    expect(sanitizeRichText('<img src="https://evil.example/x.png">')).toBe('');
    expect(sanitizeRichText('<a href="javascript:alert(1)">点我</a>')).toBe('点我');
  });

  it('turns rich text into plain text for plain formats', () => {
    expect(richTextToPlain('<p>第一行</p><p>A &amp; B</p>')).toBe('第一行\nA & B');
    expect(richTextToPlain('没有标签 a<b')).toBe('没有标签 a<b');
  });
});
