import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { createAppI18n, type AppLocale } from '.'
import { errorText } from './error-text'
import { importFieldLabel, issueText } from './issue-text'

/** errorText() with no translator given uses the app's, which the last createAppI18n set up. */
const inLocale = (locale: AppLocale) => createAppI18n(locale)

describe('errorText', () => {
  it('says a coded server error in the interface’s language, with its params', () => {
    const error = new ApiError(409, ['同一上级下已有名为「城中三组」的单位'], undefined, 'identity.unit.nameTaken', { name: '城中三组' })
    inLocale('en')
    expect(errorText(error)).toBe('The parent unit already has a unit named “城中三组”.')
    inLocale('zh-CN')
    expect(errorText(error)).toBe('同一上级下已有名为「城中三组」的单位')
  })

  it('counts in English: 1 error, 2 errors', () => {
    inLocale('en')
    const refused = (count: number) =>
      new ApiError(422, [`导入失败：共 ${count} 处错误，未写入任何数据`], { errors: [] }, 'identity.import.invalidRows', { count })
    expect(errorText(refused(1))).toBe('Import failed: 1 error; nothing was written.')
    expect(errorText(refused(2))).toBe('Import failed: 2 errors; nothing was written.')
    inLocale('zh-CN')
    expect(errorText(refused(1))).toBe('导入失败：共 1 处错误，未写入任何数据')
  })

  it('shows the field-by-field list of a refused request body', () => {
    const error = new ApiError(400, ['name: 须为文本', 'isAdmin: 不允许的字段（请删除）'], undefined, 'common.validation.failed')
    inLocale('zh-CN')
    expect(errorText(error)).toBe('name: 须为文本；isAdmin: 不允许的字段（请删除）')
    inLocale('en')
    expect(errorText(error)).toBe('Some fields are not valid: name: 须为文本；isAdmin: 不允许的字段（请删除）')
  })

  it('falls back to the server’s message for a code it does not know, or no code at all', () => {
    inLocale('en')
    expect(errorText(new ApiError(409, ['某个新的冲突'], undefined, 'exams.somethingNew'))).toBe('某个新的冲突')
    expect(errorText(new ApiError(502, ['Bad Gateway']))).toBe('Bad Gateway')
  })

  it('says the server cannot be reached, or something went wrong, when there is no message', () => {
    inLocale('en')
    expect(errorText(new ApiError(0, []))).toBe('Cannot reach the server. Check your connection and try again.')
    expect(errorText(new ApiError(500, []))).toBe('Something went wrong. Please try again later.')
    expect(errorText(new Error('boom'))).toBe('Something went wrong. Please try again later.')
  })
})

describe('issueText', () => {
  it('says the coded problems of a refused question in the interface’s language, with field labels', () => {
    const problem = {
      field: 'answer',
      code: 'questionBank.check.answerNotAnOption',
      params: { answer: 'E' },
      message: '答案「E」不是任何一个选项',
    }
    const error = new ApiError(400, ['answer: 答案「E」不是任何一个选项'], { problems: [problem] }, 'questionBank.keyCorrection.invalid', {
      problems: 'answer: 答案「E」不是任何一个选项',
    })
    inLocale('en')
    expect(errorText(error)).toContain('Answer: The answer "E" is not one of the options.')
    inLocale('zh-CN')
    expect(errorText(error)).toContain('答案: 答案「E」不是任何一个选项')
  })

  const row = { code: 'questionBank.check.answerNotAnOption', params: { answer: 'E' }, message: '答案「E」不是任何一个选项' }

  it('says an import row’s problem in the interface’s language, with its params', () => {
    inLocale('en')
    expect(issueText(row)).toBe('The answer "E" is not one of the options.')
    inLocale('zh-CN')
    expect(issueText(row)).toBe('答案「E」不是任何一个选项')
  })

  it('shows the server’s message for an issue without a code or with one it does not know', () => {
    inLocale('en')
    expect(issueText({ message: 'XML 格式错误' })).toBe('XML 格式错误')
    expect(issueText({ code: 'questionBank.gift.somethingNew', message: '新的问题' })).toBe('新的问题')
  })
})

describe('importFieldLabel', () => {
  it('labels spreadsheet columns and data names alike, in the interface’s language', () => {
    inLocale('en')
    expect(['题干', 'stem', 'answer', '选项B', 'choices[2].text', '姓名', '月份', 'file'].map((f) => importFieldLabel(f))).toEqual([
      'Stem',
      'Stem',
      'Answer',
      'Option B',
      'Options[2].text',
      'Name',
      'Month',
      'Whole file',
    ])
    inLocale('zh-CN')
    expect(['answer', '题干', 'questiontext'].map((f) => importFieldLabel(f))).toEqual(['答案', '题干', '题干'])
  })

  it('shows a field it does not know as sent', () => {
    inLocale('en')
    expect(importFieldLabel('formatVersion')).toBe('formatVersion')
  })
})

describe('import report counts', () => {
  it('say 1 error and 2 errors in English, and one form in Chinese', () => {
    const { t } = inLocale('en').global
    expect([1, 2].map((count) => t('questionImport.hasErrors', { count }, count))).toEqual([
      '1 error; nothing was imported.',
      '2 errors; nothing was imported.',
    ])
    expect([1, 3].map((count) => t('userImport.ready', { count }, count))).toEqual(['1 user ready to import', '3 users ready to import'])
    const zh = inLocale('zh-CN').global
    expect(zh.t('questionImport.hasErrors', { count: 1 }, 1)).toBe(zh.t('questionImport.hasErrors', { count: 1 }))
  })
})
