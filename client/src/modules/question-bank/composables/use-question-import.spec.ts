import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/http'
import { withSetup } from '@/test/test-app'
import type { QuestionImportReportDto } from '@/api/schema'
import { importQuestions } from '../api'
import type * as bankApi from '../api'
import { BANK_ID } from '../testing/fixtures'
import { useQuestionImport } from './use-question-import'

vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof bankApi>()),
  importQuestions: vi.fn(),
}))

const csv = (name = '题目.csv') => new File(['题型,题干,答案'], name, { type: 'text/csv' })
const report = (overrides: Partial<QuestionImportReportDto> = {}): QuestionImportReportDto => ({
  created: 2,
  updated: 0,
  skipped: 0,
  byType: { single: 1, true_false: 1 },
  duplicates: [],
  errors: [],
  notes: [],
  warnings: [],
  questionIds: [],
  ...overrides,
})

async function setup() {
  const onImported = vi.fn()
  const { result } = await withSetup(() => useQuestionImport(() => BANK_ID, onImported))
  return { flow: result, onImported }
}

describe('useQuestionImport', () => {
  beforeEach(() => {
    vi.mocked(importQuestions).mockReset()
  })

  it('takes the format from the file name and asks when it cannot tell', async () => {
    const { flow } = await setup()

    flow.selectFile(csv())
    expect(flow.format.value).toBe('csv')
    expect(flow.canCheck.value).toBe(true)

    flow.format.value = null
    flow.selectFile(csv('题目.txt'))
    expect(flow.format.value).toBeNull()
    expect(flow.canCheck.value).toBe(false)
  })

  it('refuses a file over 20 MB before uploading it', async () => {
    const { flow } = await setup()

    expect(flow.selectFile(new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'big.xlsx'))).toBe(false)

    expect(flow.failure.value).toBe('文件不能超过 20 MB')
    expect(importQuestions).not.toHaveBeenCalled()
  })

  it('checks with a dry run showing upload progress, then imports on confirmation', async () => {
    vi.mocked(importQuestions).mockImplementation((_bank, _file, _options, onProgress) => {
      onProgress?.(60)
      return Promise.resolve(report())
    })
    const { flow, onImported } = await setup()
    flow.selectFile(csv())

    await flow.check()

    expect(vi.mocked(importQuestions).mock.calls[0]?.[2]).toEqual({ dryRun: true, duplicates: 'skip', format: 'csv' })
    expect(flow.phase.value).toBe('checked')
    expect(flow.step.value).toBe(1)
    expect(flow.progress.value).toBe(60)
    expect(flow.canConfirm.value).toBe(true)
    expect(onImported).not.toHaveBeenCalled()

    await flow.confirm()

    expect(vi.mocked(importQuestions).mock.calls[1]?.[2]).toMatchObject({ dryRun: false })
    expect(flow.phase.value).toBe('done')
    expect(onImported).toHaveBeenCalledWith(report())
  })

  it('lists every located error of a 422 and allows no import until another file is chosen', async () => {
    const errors = [{ line: 4, field: '答案', message: '答案「Z」不是任何一个选项' }]
    vi.mocked(importQuestions).mockRejectedValueOnce(new ApiError(422, ['导入失败'], report({ created: 0, errors })))
    const { flow } = await setup()
    flow.selectFile(csv('bad.csv'))

    await flow.check()

    expect(flow.phase.value).toBe('checked')
    expect(flow.errors.value).toEqual(errors)
    expect(flow.canConfirm.value).toBe(false)

    flow.chooseAgain()
    expect(flow.step.value).toBe(0)
    expect(flow.format.value).toBe('csv')
    vi.mocked(importQuestions).mockResolvedValueOnce(report())
    flow.selectFile(csv('good.csv'))
    await flow.check()
    expect(flow.errors.value).toEqual([])
    expect(flow.canConfirm.value).toBe(true)
  })

  it('checks again when the trainer chooses to import duplicates as new versions', async () => {
    vi.mocked(importQuestions)
      .mockResolvedValueOnce(
        report({ created: 0, skipped: 2, duplicates: [{ line: 2, key: null, stem: '已有的题目', existingKey: 'q1', outcome: 'skipped' }] }),
      )
      .mockResolvedValueOnce(
        report({
          created: 0,
          updated: 2,
          duplicates: [{ line: 2, key: null, stem: '已有的题目', existingKey: 'q1', outcome: 'new_version' }],
        }),
      )
    const { flow } = await setup()
    flow.selectFile(csv())
    await flow.check()
    expect(flow.canConfirm.value).toBe(false)

    await flow.setDuplicates('new_version')

    expect(vi.mocked(importQuestions).mock.calls[1]?.[2]).toEqual({ dryRun: true, duplicates: 'new_version', format: 'csv' })
    expect(flow.report.value?.updated).toBe(2)
    expect(flow.canConfirm.value).toBe(true)
  })

  it('goes back to choosing when the upload fails', async () => {
    vi.mocked(importQuestions).mockRejectedValue(new ApiError(413, ['文件过大']))
    const { flow } = await setup()
    flow.selectFile(csv())

    await flow.check()

    expect(flow.phase.value).toBe('choose')
    expect(flow.failure.value).toBe('文件过大')
  })
})
