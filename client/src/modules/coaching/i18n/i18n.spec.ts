import { describe, expect, it } from 'vitest'
import coachingZhCN from './zh-CN'
import coachingEn from './en'

function leaves(tree: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  )
}

describe('coaching texts', () => {
  it('has an English text with the same placeholders for every Chinese one', () => {
    const english = new Map(leaves(coachingEn))
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, text] of leaves(coachingZhCN)) {
      expect(english.get(key), key).toBeTruthy()
      expect(placeholders(english.get(key)), key).toEqual(placeholders(text))
    }
  })
})
