import { describe, expect, it } from 'vitest'
import { fakeServer, json } from '@/test/fake-server'
import { withSetup } from '@/test/test-app'
import { SITTING_ID } from '../testing/fixtures'
import type { AnalysedItem, ItemAnalysis } from '../item-analysis'
import { flagReasons } from '../item-analysis'
import { scatterOption, useItemAnalysis } from './use-item-analysis'

function item(n: number, overrides: Partial<AnalysedItem> = {}): AnalysedItem {
  return {
    item: n,
    questionId: `q${n}`,
    questionKey: `law-00${n}`,
    stem: `<p>第 ${n} 题：《烟草专卖许可证》应当悬挂在经营场所的什么位置？</p>`,
    type: 'single',
    attempts: 12,
    maxMark: 5,
    facilityPercent: 70,
    standardDeviation: 2,
    sdPercent: 40,
    intendedWeightPercent: 5,
    effectiveWeightPercent: 5,
    discriminationIndex: 35,
    discriminativeEfficiency: 50,
    pointBiserial: 0.4,
    randomGuessPercent: 25,
    review: { item: n, status: 'ok' },
    distractors: null,
    ...overrides,
  }
}

const flagged = item(2, { discriminationIndex: -12, review: { item: 2, status: 'flagged', reasons: ['区分度为负（-12.0）'] } })
const analysis: ItemAnalysis = {
  test: {
    count: 12,
    mean: 70,
    median: 72,
    variance: 100,
    standardDeviation: 10,
    skewness: -0.3,
    kurtosis: 0.1,
    cicPercent: 78,
    errorRatioPercent: 47,
    standardError: 4.7,
  },
  items: [item(1), flagged, item(3, { facilityPercent: null })],
  flagged: 1,
}

describe('item analysis', () => {
  it('lists the flagged questions with the server reasons, and can show only those', async () => {
    fakeServer({ [`GET /sittings/${SITTING_ID}/item-analysis`]: json(200, analysis) })
    const { result } = await withSetup(() => useItemAnalysis(() => SITTING_ID))
    await result.load()
    expect(result.flaggedItems.value.map(flagReasons)).toEqual([['区分度为负（-12.0）']])
    result.onlyFlagged.value = true
    expect(result.shown.value.map((i) => i.questionKey)).toEqual(['law-002'])
  })

  it('plots flagged questions apart and leaves out those without figures', () => {
    const option = scatterOption(analysis.items, { x: '得分率 %', y: '区分度', flagged: '需复核', ok: '其他题目' })
    const series = option.series as Array<{ name: string; data: unknown[] }>
    expect(series.map((s) => [s.name, s.data.length])).toEqual([
      ['其他题目', 1],
      ['需复核', 1],
    ])
  })
})
