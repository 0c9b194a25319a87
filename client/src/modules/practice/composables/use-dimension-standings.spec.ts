import { describe, expect, it } from 'vitest'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt, withSetup } from '@/test/test-app'
import { DIMENSIONS } from '@/modules/question-bank/question-content'
import { standingsFixture } from '../testing/fixtures'
import { dimensionRows, useDimensionStandings } from './use-dimension-standings'

function serve(standings = standingsFixture()) {
  const user = seedSession(['staff'])
  return fakeServer({ 'GET /me': json(200, meFor(user)), 'GET /me/dimensions': json(200, standings) })
}

describe('practising by subject (useDimensionStandings)', () => {
  it('lists the weakest subject first and every other subject after, each one practisable', () => {
    const rows = dimensionRows(standingsFixture())
    expect(rows.slice(0, 3).map((r) => r.dimension)).toEqual(['法律法规', '未分类', '日常业务'])
    // 未分类 and every bank subject, each once
    expect(rows).toHaveLength(1 + DIMENSIONS.length)
    expect(rows.find((r) => r.dimension === '营销知识')).toMatchObject({ percent: null, practisable: '营销知识' })
    expect(rows.find((r) => r.dimension === '未分类')?.practisable).toBeNull()
  })

  it('draws the scored subjects as bars, weakest on top', async () => {
    serve()
    const { result } = await withSetup(() => useDimensionStandings())

    const { yAxis, series } = result.chart.value
    expect(yAxis.data).toEqual(['日常业务', '未分类', '法律法规'])
    expect(series[0]?.data.map((d) => d.value)).toEqual([80, 40, 33.3])
    expect(result.weakest.value?.dimension).toBe('法律法规')
  })

  it('offers to practise the weakest subject and each subject, but not the unclassified questions', async () => {
    serve()
    const { wrapper } = await mountAppAt('/practice/dimensions')

    const weakest = wrapper.find('[data-testid="practise-weakest"]')
    expect(weakest.text()).toBe('练习最薄弱的科目：法律法规')
    expect(decodeURIComponent(weakest.attributes('href') ?? '')).toBe('/practice/session?source=dimension&dimension=法律法规')
    const rows = wrapper.findAll('[data-testid="dimension-row"]')
    expect(rows[0]?.text()).toContain('33.3% · 10 / 30 分')
    expect(rows[0]?.find('a').attributes('aria-label')).toBe('练习“法律法规”')
    expect(rows[1]?.find('a').exists()).toBe(false)
    expect(rows.at(-1)?.text()).toContain('暂无成绩')
    wrapper.unmount()
  })

  it('before any graded exam still lets the candidate pick a subject', async () => {
    serve([])
    const { wrapper } = await mountAppAt('/practice/dimensions')

    expect(wrapper.text()).toContain('还没有已出成绩的考试')
    expect(wrapper.find('[data-testid="practise-weakest"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="dimension-row"] a')).toHaveLength(DIMENSIONS.length)
    wrapper.unmount()
  })
})
