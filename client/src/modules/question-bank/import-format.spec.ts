import { describe, expect, it } from 'vitest'
import { formatFromFileName } from './import-format'

describe('formatFromFileName', () => {
  it('knows the format from the extension a trainer’s file usually has', () => {
    expect(formatFromFileName('法律法规.XLSX')).toBe('xlsx')
    expect(formatFromFileName('题目.csv')).toBe('csv')
    expect(formatFromFileName('moodle.gift.txt')).toBe('gift')
    expect(formatFromFileName('quiz.xml')).toBe('moodle-xml')
    expect(formatFromFileName('bank.yml')).toBe('yaml')
  })

  it('says nothing about a plain .txt, which could be GIFT or Aiken', () => {
    expect(formatFromFileName('题目.txt')).toBeNull()
  })
})
