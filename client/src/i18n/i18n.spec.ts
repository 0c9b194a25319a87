import { describe, expect, it } from 'vitest'
import zhCN from './zh-CN'
import en from './en'
import { LOCALE_STORAGE_KEY, readSavedLocale } from '.'

function leaves(tree: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  )
}

describe('message catalogues', () => {
  it('has an English text for every Chinese one', () => {
    const english = new Map(leaves(en))
    const missing = leaves(zhCN)
      .map(([key]) => key)
      .filter((key) => typeof english.get(key) !== 'string' || english.get(key) === '')
    expect(missing).toEqual([])
  })

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: unknown) => [...new Set([...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()
    const english = new Map(leaves(en))
    for (const [key, text] of leaves(zhCN)) {
      expect(placeholders(english.get(key)), key).toEqual(placeholders(text))
    }
  })
})

describe('readSavedLocale', () => {
  it('starts in Chinese', () => {
    expect(readSavedLocale()).toBe('zh-CN')
  })

  it('remembers English', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en')
    expect(readSavedLocale()).toBe('en')
  })

  it('ignores a language it does not have', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr')
    expect(readSavedLocale()).toBe('zh-CN')
  })
})
