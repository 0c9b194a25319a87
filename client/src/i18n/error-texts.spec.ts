import { describe, expect, it } from 'vitest'
import schemaSource from '@/api/schema.ts?raw'
import { errorTextsEn } from './error-texts.en'
import { errorTextsZhCN } from './error-texts.zh-CN'

/** The ErrorCode union of the generated schema: every code the server can answer with. */
function serverCodes(): string[] {
  const union = /export type ErrorCode = ([^;]+);/.exec(schemaSource)
  if (!union) throw new Error('client/src/api/schema.ts has no ErrorCode: run npm run openapi')
  return [...union[1].matchAll(/"([^"]+)"/g)].map((m) => m[1])
}

describe('error texts', () => {
  it('has a zh-CN and an English text for every code the server answers with', () => {
    const codes = serverCodes()
    expect(codes.length).toBeGreaterThan(100)
    const missing = codes.flatMap((code) => [
      ...(errorTextsZhCN[code as keyof typeof errorTextsZhCN] ? [] : [`zh-CN ${code}`]),
      ...(errorTextsEn[code as keyof typeof errorTextsEn] ? [] : [`en ${code}`]),
    ])
    expect(missing).toEqual([])
  })

  it('has no text for a code the server no longer has', () => {
    const codes = new Set(serverCodes())
    expect([...Object.keys(errorTextsZhCN), ...Object.keys(errorTextsEn)].filter((code) => !codes.has(code))).toEqual([])
  })

  it('uses in English only params the zh-CN text has (the server sends those)', () => {
    const names = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))
    for (const [code, zh] of Object.entries(errorTextsZhCN)) {
      const known = new Set([...names(zh), 'problems'])
      expect([code, [...names(errorTextsEn[code as keyof typeof errorTextsEn])].filter((n) => !known.has(n))]).toEqual([code, []])
    }
  })

  it('keeps every code a path of its own, as vue-i18n resolves apiErrors.<code>', () => {
    const codes = serverCodes()
    expect(codes.filter((code) => codes.some((other) => other.startsWith(`${code}.`)))).toEqual([])
  })
})
