import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { fieldErrorsOf } from './server-field-errors'

const fields = ['stem', 'options', 'answer', 'source']

describe('fieldErrorsOf', () => {
  it('puts the server’s question checks next to their fields', () => {
    const error = new ApiError(400, ['answer: 答案「C」不是任何一个选项'], { problems: [{ field: 'answer', message: '答案「C」不是任何一个选项' }] })
    expect(fieldErrorsOf(error, fields)).toEqual({ byField: { answer: ['答案「C」不是任何一个选项'] }, general: [] })
  })

  it('reads the field from request-validation messages', () => {
    const error = new ApiError(400, ['options.0.text must be longer than or equal to 1 characters', 'source.effectiveDate: effectiveDate must be YYYY-MM-DD'])
    expect(fieldErrorsOf(error, fields)?.byField).toEqual({
      options: ['options.0.text must be longer than or equal to 1 characters'],
      source: ['effectiveDate must be YYYY-MM-DD'],
    })
  })

  it('keeps messages about fields the form does not show for the top of the form', () => {
    const error = new ApiError(400, ['key: key must be lowercase letters, digits and -', '题库已锁定'])
    expect(fieldErrorsOf(error, fields)).toEqual({ byField: {}, general: ['key must be lowercase letters, digits and -', '题库已锁定'] })
  })

  it('is not for other failures', () => {
    expect(fieldErrorsOf(new ApiError(409, ['冲突']), fields)).toBeNull()
    expect(fieldErrorsOf(new Error('x'), fields)).toBeNull()
  })
})
