import { describe, expect, it } from 'vitest'
import { safeRedirect } from './safe-redirect'

describe('safeRedirect', () => {
  it('follows a path inside the app', () => {
    expect(safeRedirect('/users?page=2')).toBe('/users?page=2')
  })

  it.each([undefined, null, '', 'https://evil.example', '//evil.example', '/login?redirect=/x'])('goes home instead of %s', (value) => {
    expect(safeRedirect(value)).toBe('/')
  })

  it('uses the first of repeated values', () => {
    expect(safeRedirect(['/units', '/users'])).toBe('/units')
  })
})
