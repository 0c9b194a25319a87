import { describe, expect, it } from 'vitest'
import { answerFromServer, characterCount, isAnswered, normaliseAnswer } from './answer-value'

describe('answers', () => {
  it('counts a question as unanswered when nothing was filled in', () => {
    expect(isAnswered('multiple', [])).toBe(false)
    expect(isAnswered('fill_blank', ['', '  '])).toBe(false)
    expect(isAnswered('essay', '   ')).toBe(false)
    expect(isAnswered('matching', {})).toBe(false)
    expect(isAnswered('single', undefined)).toBe(false)
  })

  it('counts false and zero as real answers', () => {
    expect(isAnswered('true_false', false)).toBe(true)
    expect(isAnswered('numeric', 0)).toBe(true)
    expect(isAnswered('fill_blank', ['', '您好'])).toBe(true)
  })

  it('sends an emptied answer as null so the server clears it', () => {
    expect(normaliseAnswer('multiple', [])).toBeNull()
    expect(normaliseAnswer('fill_blank', ['', ''])).toBeNull()
    expect(normaliseAnswer('fill_blank', ['3', ''])).toEqual(['3', ''])
  })

  it('ignores a stored answer that does not fit the question', () => {
    expect(answerFromServer('single', ['A'])).toBeNull()
    expect(answerFromServer('numeric', '12')).toBeNull()
    expect(answerFromServer('matching', { L1: 'R2' })).toEqual({ L1: 'R2' })
  })

  it('counts an emoji as one character', () => {
    expect(characterCount('好👍')).toBe(2)
  })
})
