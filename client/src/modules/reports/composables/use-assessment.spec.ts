import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { ScorecardDto, WeightsDto } from '@/api/schema'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt, withSetup } from '@/test/test-app'
import { downloadPercent, lastMonth, useAssessment, weightSum } from './use-assessment'

const UNIT = '6f1c1c9e-0000-4000-8000-000000000101'

const person = (username: string, displayName: string, score: number | null, rank: number | null) => ({
  userId: `00000000-0000-4000-8000-0000000000${username.slice(-2)}`,
  username,
  displayName,
  unitName: '城中一组',
  score,
  rank,
  weightCounted: score === null ? 0 : 35,
  items: [
    { item: 'exam', score: 90, status: 'met' },
    { item: 'effective_guidance', score: 100, status: 'met' },
    { item: 'guidance_coverage_ytd', score: 0, status: 'missed' },
  ],
  kpis: [],
  attendance: { expected: 1, took: score === null ? 0 : 1 },
})

const participation = {
  expected: 8,
  took: 7,
  participationRate: 0.875,
  absent: [{ userId: 'x', displayName: '王五', unitName: '城中一组', status: 'missed' }],
  graded: 7,
  passed: 7,
  passRate: 1,
  average: 78.571,
  distribution: [0, 3, 1, 0, 3],
}

const CARD: ScorecardDto = {
  unitId: UNIT,
  unitName: '城中一组',
  month: '2026-11',
  people: [person('staff01', '张三', 94.2857, 1), person('staff04', '李四', 90, 2), person('staff09', '赵六', null, null)],
  kpis: [],
  exams: [],
  examsOverall: participation,
} as unknown as ScorecardDto

const weightsView = (mayEdit: boolean, exam = 20): WeightsDto => ({
  departmentId: 'd',
  departmentName: '营销部',
  custom: exam !== 20,
  updatedAt: null,
  mayEdit,
  items: [
    { item: 'exam', name: '月度考试', nameEn: 'Monthly exams', weight: exam, planWeight: 20 },
    { item: 'effective_guidance', name: '有效指导率', nameEn: 'Effective guidance', weight: 100 - exam, planWeight: 80 },
  ],
})

function serve(mayEdit: boolean) {
  const user = seedSession([mayEdit ? 'manager' : 'trainer'])
  return fakeServer({
    'GET /me': json(200, meFor(user)),
    'GET /units': json(200, []),
    'GET /reports/scorecard': json(200, CARD),
    'GET /reports/weights': json(200, weightsView(mayEdit)),
    'PUT /reports/weights': json(200, weightsView(mayEdit, 50)),
    'GET /reports/monthly-assessment': new Response('%PDF-1.7 test', {
      status: 200,
      headers: { 'Content-Type': 'application/pdf', 'Content-Length': '13' },
    }),
  })
}

afterEach(() => vi.unstubAllGlobals())

describe('the 考核 page', () => {
  it('defaults to last month, sums weights and turns bytes into a percentage only when the size is known', () => {
    expect(lastMonth(new Date(2026, 0, 15))).toBe('2025-12')
    expect(weightSum([{ weight: 20 }, { weight: 80 }, { weight: undefined }])).toBe(100)
    expect(downloadPercent(5, null)).toBeNull()
    expect(downloadPercent(5, 10)).toBe(50)
  })

  it('shows the ranking with shared ranks, the participation and who did not sit, for the reader’s own unit', async () => {
    const { calls } = serve(true)
    const { wrapper } = await mountAppAt('/assessment')
    await flushPromises()
    const request = calls.find((c) => c.path === '/reports/scorecard')!
    expect(request.url).toContain(`unitId=${UNIT}`)
    expect(request.url).toContain(`month=${lastMonth()}`)
    expect(wrapper.find('[data-testid="rank-staff01"]').text()).toBe('1')
    expect(wrapper.find('[data-testid="score-staff01"]').text()).toBe('94.29')
    expect(wrapper.find('[data-testid="score-staff09"]').text()).toBe('无得分')
    expect(wrapper.find('[data-testid="rank-staff09"]').text()).toBe('—')
    expect(wrapper.find('[data-testid="attendance-staff09"]').text()).toBe('0/1')
    const summary = wrapper.find('[data-testid="assessment-participation"]').text()
    expect(summary).toContain('参考率 87.5%（7/8 人次）')
    expect(summary).toContain('未参考：王五')
    expect(wrapper.find('[data-testid="weights-save"]').exists()).toBe(true)
  })

  it('lets the department’s head save weights that add up to 100, and reloads the scores', async () => {
    const { calls } = serve(true)
    const { result } = await withSetup(() => useAssessment())
    await flushPromises()
    result.setWeight('exam', 60)
    expect(result.sum.value).toBe(140)
    result.setWeight('effective_guidance', 50)
    result.setWeight('exam', 50)
    expect(result.dirty.value).toBe(true)
    expect(await result.saveWeights()).toBe(true)
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      weights: [
        { item: 'exam', weight: 50 },
        { item: 'effective_guidance', weight: 50 },
      ],
    })
    expect(calls.filter((c) => c.path === '/reports/scorecard')).toHaveLength(2)
    expect(result.dirty.value).toBe(false)
  })

  it('shows a trainer the weights without a way to change them', async () => {
    serve(false)
    const { wrapper } = await mountAppAt('/assessment')
    await flushPromises()
    expect(wrapper.find('[data-testid="assessment-weights"]').text()).toContain('只有营销部负责人或管理员可以修改权重')
    expect(wrapper.find('[data-testid="weights-save"]').exists()).toBe(false)
  })

  it('downloads the PDF report with its progress and saves it under the unit’s name', async () => {
    const { calls } = serve(true)
    const created: string[] = []
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      created.push(this.download)
    })
    const { result } = await withSetup(() => useAssessment())
    await flushPromises()
    const progress: Array<number | null> = []
    const done = result.download('pdf')
    expect(result.downloading.value).toBe('pdf')
    progress.push(result.progress.value)
    await done
    expect(calls.find((c) => c.path === '/reports/monthly-assessment')?.url).toContain('format=pdf')
    expect(created).toEqual([`月度考核报告_城中一组_${lastMonth()}.pdf`])
    expect(progress).toEqual([null])
    expect(result.downloading.value).toBeNull()
    click.mockRestore()
  })
})
