import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountAppAt } from '@/test/test-app'
import { meFor, seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import type { AnalysedItem, ItemAnalysis } from '../item-analysis'
import { SITTING_ID } from '../testing/fixtures'

const weak: AnalysedItem = {
  item: 1,
  questionId: 'q1',
  questionKey: 'law-001',
  stem: '<p>《烟草专卖许可证》应当悬挂在经营场所的什么位置？</p>',
  type: 'single',
  attempts: 12,
  maxMark: 5,
  facilityPercent: 70,
  standardDeviation: 2,
  sdPercent: 40,
  intendedWeightPercent: 5,
  effectiveWeightPercent: 5,
  discriminationIndex: -12,
  discriminativeEfficiency: -20,
  pointBiserial: -0.1,
  randomGuessPercent: 25,
  review: { item: 1, status: 'flagged', reasons: ['negative_discrimination'] },
  distractors: null,
}
const analysis = {
  test: {
    count: 12,
    mean: 60,
    median: 60,
    variance: 10,
    standardDeviation: 3,
    skewness: 0,
    kurtosis: 0,
    cicPercent: 70,
    errorRatioPercent: 40,
    standardError: 2,
  },
  items: [weak],
  flagged: 1,
} as ItemAnalysis

function serve(roles: Array<'trainer' | 'manager'>) {
  return fakeServer({
    'GET /me': json(200, meFor({ id: 'u', username: 'u', displayName: '陈老师', roles })),
    [`GET /sittings/${SITTING_ID}/item-analysis`]: json(200, analysis),
    [`POST /sittings/${SITTING_ID}/item-analysis/flags`]: json(200, analysis),
  })
}

describe('item analysis', () => {
  it('says the weak questions are worth a review, and marks them in their banks only when the trainer asks', async () => {
    seedSession(['trainer'])
    const { calls } = serve(['trainer'])
    const { wrapper } = await mountAppAt(`/sittings/${SITTING_ID}/analysis`)
    await flushPromises()
    expect(wrapper.text()).toContain('1 道题区分度低或为负，建议复核')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    await wrapper.find('[data-testid="mark-in-banks"]').trigger('click')
    await flushPromises()
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/sittings/${SITTING_ID}/item-analysis/flags`])
    expect(document.body.textContent).toContain('已在题库中标记 1 道题待复核')
  })

  it('offers a manager, who only reads, no marking', async () => {
    seedSession(['manager'])
    serve(['manager'])
    const { wrapper } = await mountAppAt(`/sittings/${SITTING_ID}/analysis`)
    await flushPromises()
    expect(wrapper.text()).toContain('建议复核')
    expect(wrapper.find('[data-testid="mark-in-banks"]').exists()).toBe(false)
  })
})
