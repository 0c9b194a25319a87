import { describe, expect, it } from 'vitest'
import examAdminZhCN from './zh-CN'
import examAdminEn from './en'
import { useExamAdminI18n } from '.'
import { withSetup } from '@/test/test-app'

function leaves(tree: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  )
}

describe('trainer exam texts', () => {
  it('has an English text with the same placeholders for every Chinese one', () => {
    const english = new Map(leaves(examAdminEn))
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, text] of leaves(examAdminZhCN)) {
      expect(english.get(key), key).toBeTruthy()
      expect(placeholders(english.get(key)), key).toEqual(placeholders(text))
    }
  })

  it('are there the first time a trainer page asks for them, in both languages', async () => {
    const { result, i18n } = await withSetup(() => useExamAdminI18n())
    expect(result.t('examAdmin.papers.title')).toBe('试卷')
    i18n.global.locale.value = 'en'
    expect(result.t('examAdmin.papers.title')).toBe('Papers')
  })
})
