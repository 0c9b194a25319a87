import { describe, expect, it } from 'vitest'
import schemaSource from '@/api/schema.ts?raw'
import { issueTextsEn } from './issue-texts.en'
import { issueTextsZhCN } from './issue-texts.zh-CN'

/** The IssueCode union of the generated schema: every code an import row or a draft field can carry. */
function serverCodes(): string[] {
  const union = /export type IssueCode = ([^;]+);/.exec(schemaSource)
  if (!union) throw new Error('client/src/api/schema.ts has no IssueCode: run npm run openapi')
  return [...union[1].matchAll(/"([^"]+)"/g)].map((m) => m[1])
}

const names = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))

describe('issue texts', () => {
  it('has a zh-CN and an English text for every issue code the server reports, and none for a code it dropped', () => {
    const codes = serverCodes()
    expect(codes.length).toBeGreaterThan(80)
    expect(Object.keys(issueTextsZhCN).sort()).toEqual([...codes].sort())
    expect(Object.keys(issueTextsEn).sort()).toEqual([...codes].sort())
  })

  it('uses in English only params the zh-CN text has (the server sends those)', () => {
    for (const [code, zh] of Object.entries(issueTextsZhCN)) {
      const unknown = [...names(issueTextsEn[code as keyof typeof issueTextsEn])].filter((n) => !names(zh).has(n))
      expect([code, unknown]).toEqual([code, []])
    }
  })

  it('writes nothing vue-i18n would read as syntax (a plural bar, a linked @)', () => {
    for (const text of [...Object.values(issueTextsZhCN), ...Object.values(issueTextsEn)]) expect(text).not.toMatch(/[|@]/)
  })
})
