import { describe, expect, it } from 'vitest'
import { schemaValues } from './schema-values'

describe('schemaValues', () => {
  it('lists every value in the order written', () => {
    expect(schemaValues<'a' | 'b' | 'c'>({ b: true, a: true, c: true })).toEqual(['b', 'a', 'c'])
  })

  it('refuses at compile time a list that misses a value or adds one', () => {
    // @ts-expect-error 'c' is missing
    schemaValues<'a' | 'b' | 'c'>({ a: true, b: true })
    // @ts-expect-error 'd' is no value of the union
    schemaValues<'a' | 'b'>({ a: true, b: true, d: true })
    expect(true).toBe(true)
  })
})
