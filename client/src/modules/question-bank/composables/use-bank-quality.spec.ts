import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import { BANK_ID } from '../testing/fixtures'
import { useBankQuality } from './use-bank-quality'

const ratio = (count: number, of: number) => ({ count, of, share: of ? count / of : 0 })
const quality = (breaches: string[]) => ({
  figures: {
    questions: 3,
    longestKey: ratio(1, 2),
    allButOneKeyed: ratio(0, 1),
    hard: ratio(0, 3),
    recitesPlan: ratio(0, 3),
    nearDuplicatePairs: 1,
    byCheck: { longest_key: 1 },
    byDifficulty: {},
    byType: {},
    byDimension: {},
    deviations: [],
  },
  breaches,
  questions: [{ id: 'q1', key: 'law-900', type: 'single', stem: '零售许可证的有效期为几年？', findings: [{ code: 'longest_key', field: 'options', message: '答案是唯一最长的选项' }], qualityFlag: 'low_discrimination' }],
  similarPairs: [
    {
      question: { questionId: 'q1', bankId: BANK_ID, bankName: '我的题库', key: 'law-900', stem: '零售许可证的有效期为几年？' },
      similar: { questionId: 'q9', bankId: 'other', bankName: '法律法规题库', key: 'law-001', stem: '零售许可证的有效期是几年？' },
      similarity: 0.87,
    },
  ],
})

describe('useBankQuality', () => {
  it('loads the written findings, the item-analysis flag and the near-duplicates of the bank', async () => {
    seedSession(['trainer'])
    fakeServer({
      [`GET /question-banks/${BANK_ID}`]: json(200, { id: BANK_ID, name: '我的题库' }),
      [`GET /question-banks/${BANK_ID}/quality`]: json(200, quality(['难度 4–5 的题目占 0.0%，下限 15.0%'])),
    })
    const { result } = await withSetup(() => useBankQuality(() => BANK_ID))
    await flushPromises()

    expect(result.findings.value[0]).toMatchObject({ key: 'law-900', qualityFlag: 'low_discrimination', findings: [{ code: 'longest_key' }] })
    expect(result.pairs.value[0].similar).toMatchObject({ bankName: '法律法规题库', key: 'law-001' })
    expect(result.keepsLimits.value).toBe(false)
  })

  it('says a bank keeps its limits when nothing is breached, and keeps the error when loading fails', async () => {
    seedSession(['trainer'])
    fakeServer({
      [`GET /question-banks/${BANK_ID}`]: json(200, { id: BANK_ID, name: '我的题库' }),
      [`GET /question-banks/${BANK_ID}/quality`]: json(200, quality([])),
    })
    const { result } = await withSetup(() => useBankQuality(() => BANK_ID))
    await flushPromises()
    expect(result.keepsLimits.value).toBe(true)

    fakeServer({ [`GET /question-banks/${BANK_ID}`]: json(404, { message: '题库不存在' }), [`GET /question-banks/${BANK_ID}/quality`]: json(404, { message: '题库不存在' }) })
    await result.load()
    expect(result.error.value).toBeTruthy()
  })
})
