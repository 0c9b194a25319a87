import { describe, expect, it } from 'vitest'
import { parseRichText, richTextToPlain } from './rich-text'

describe('parseRichText', () => {
  it('keeps plain text as it is, line breaks included', () => {
    expect(parseRichText('第一行\n第二行')).toEqual([{ kind: 'text', text: '第一行\n第二行' }])
  })

  it('keeps allowed formatting and drops scripts, handlers and unknown tags', () => {
    const nodes = parseRichText('<p onclick="x()">依据<strong>专卖法</strong><script>alert(1)</script><font>第三条</font></p>')
    expect(nodes).toEqual([
      {
        kind: 'element',
        tag: 'p',
        attrs: {},
        children: [
          { kind: 'text', text: '依据' },
          { kind: 'element', tag: 'strong', attrs: {}, children: [{ kind: 'text', text: '专卖法' }] },
          { kind: 'text', text: '第三条' },
        ],
      },
    ])
  })

  it('drops images from foreign or script addresses and keeps inline ones', () => {
    const nodes = parseRichText('<img src="https://evil.example/x.png"><img src="javascript:alert(1)"><img src="data:image/png;base64,AAA" alt="图一">')
    expect(nodes).toEqual([{ kind: 'element', tag: 'img', attrs: { src: 'data:image/png;base64,AAA', alt: '图一' }, children: [] }])
  })

  it('turns {{n}} into blanks only when asked', () => {
    expect(parseRichText('有效期 {{1}} 年', { blanks: true })).toEqual([
      { kind: 'text', text: '有效期 ' },
      { kind: 'blank', index: 1 },
      { kind: 'text', text: ' 年' },
    ])
    expect(parseRichText('有效期 {{1}} 年')).toEqual([{ kind: 'text', text: '有效期 {{1}} 年' }])
  })

  it('finds blanks inside formatted text', () => {
    const [p] = parseRichText('<p>共 <b>{{1}}</b> 条</p>', { blanks: true })
    expect(p).toMatchObject({ children: [{ text: '共 ' }, { tag: 'b', children: [{ kind: 'blank', index: 1 }] }, { text: ' 条' }] })
  })
})

describe('richTextToPlain', () => {
  it('gives the words a reader sees, one paragraph per line', () => {
    expect(richTextToPlain('<p>第一段</p><p>第<em>二</em>段</p>')).toBe('第一段\n第二段')
  })
})
