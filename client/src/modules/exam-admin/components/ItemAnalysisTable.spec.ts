import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import type { AnalysedItem, TestStatistics } from '../item-analysis'
import ItemAnalysisTable from './ItemAnalysisTable.vue'
import TestStatsCards from './TestStatsCards.vue'

const analysed: AnalysedItem = {
  item: 0,
  questionId: 'q1',
  questionKey: 'law-001',
  stem: '<p>《烟草专卖许可证》应当悬挂在经营场所的什么位置？请从下列选项中选出唯一正确的一项作答</p>',
  type: 'single',
  attempts: 3,
  maxMark: 5,
  facilityPercent: null,
  standardDeviation: null,
  sdPercent: null,
  intendedWeightPercent: null,
  effectiveWeightPercent: null,
  discriminationIndex: null,
  discriminativeEfficiency: null,
  pointBiserial: null,
  randomGuessPercent: 25,
  review: { item: 0, status: 'too_few_attempts', note: '作答人次不足 5' },
  distractors: null,
}

const plugins = [createAppI18n('zh-CN')]

async function mountTable(items: AnalysedItem[]) {
  const wrapper = mount(ItemAnalysisTable, { props: { items, canCorrect: false }, global: { plugins }, attachTo: document.body })
  // el-table renders its rows once its columns have registered
  await flushPromises()
  return wrapper
}

describe('item analysis table', () => {
  it('shows the question’s stem, cut short, instead of its internal key', async () => {
    const text = (await mountTable([analysed])).text()
    expect(text).toContain('《烟草专卖许可证》应当悬挂在经营场所的什么位置？请从下列选项中选出唯一正确的一项…')
    expect(text).not.toContain('一项作答')
    expect(text).not.toContain('law-001')
  })

  it('names each figure in plain words with a help tip, and shows a missing figure as a bare dash', async () => {
    const wrapper = await mountTable([analysed])
    const text = wrapper.text()
    expect(text).toContain('难度（得分率）')
    expect(text).toContain('区分度')
    expect(text).toContain('25.0%')
    expect(text).not.toContain('—%')
    const tips = wrapper.findAll('[data-testid="help-tip"]').map((tip) => tip.attributes('aria-label'))
    expect(tips).toContain('区分度：本题得分与试卷其余部分的相关程度。越高越能区分高低水平，负值说明高分者反而答错，需复核。')
  })

  it('explains the paper’s figures in plain words, without jargon or "—%"', () => {
    const test: TestStatistics = {
      count: 3,
      mean: 60,
      median: 60,
      variance: null,
      standardDeviation: null,
      skewness: null,
      kurtosis: null,
      cicPercent: null,
      errorRatioPercent: null,
      standardError: null,
    }
    const wrapper = mount(TestStatsCards, { props: { test }, global: { plugins } })
    const text = wrapper.text()
    expect(text).toContain('试卷可靠性')
    expect(text).toContain('测量误差占比')
    expect(text).toContain('分数集中程度')
    expect(text).not.toMatch(/CIC|误差比|峰度/)
    expect(text).not.toContain('—%')
    expect(wrapper.findAll('[data-testid="help-tip"]').some((tip) => tip.attributes('aria-label')?.includes('内部一致性（CIC）'))).toBe(
      true,
    )
  })
})
