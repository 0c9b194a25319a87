import { describe, expect, it, vi } from 'vitest'
import { fakeServer, json } from '@/test/fake-server'
import { withSetup } from '@/test/test-app'
import { resultFixture, sittingFixture, SITTING_ID } from '../testing/fixtures'
import { emptyResultFilters, filterResults, useSittingResults } from './use-sitting-results'

const rows = [
  resultFixture({ userId: 'a', displayName: '王建国', username: 'staff01', unitName: '城中一组', percent: 80, passed: true }),
  resultFixture({
    userId: 'b',
    displayName: '李秀兰',
    username: 'staff02',
    unitName: '城中一组',
    percent: 40,
    passed: false,
    switchCount: 4,
  }),
  resultFixture({
    userId: 'c',
    displayName: '徐涛',
    username: 'staff11',
    unitName: '城中二组',
    status: 'missed',
    score: null,
    percent: null,
    passed: null,
    lastAttemptId: null,
  }),
]

describe('filtering the results table', () => {
  it('shows everyone with no filter', () => {
    expect(filterResults(rows, emptyResultFilters())).toHaveLength(3)
  })

  it('narrows to one unit', () => {
    expect(filterResults(rows, { ...emptyResultFilters(), unit: '城中二组' }).map((r) => r.username)).toEqual(['staff11'])
  })

  it('lists those who failed, apart from those with no score', () => {
    expect(filterResults(rows, { ...emptyResultFilters(), pass: 'failed' }).map((r) => r.username)).toEqual(['staff02'])
    expect(filterResults(rows, { ...emptyResultFilters(), pass: 'none' }).map((r) => r.username)).toEqual(['staff11'])
  })

  it('lists who missed the exam', () => {
    expect(filterResults(rows, { ...emptyResultFilters(), status: 'missed' }).map((r) => r.displayName)).toEqual(['徐涛'])
  })

  it('finds a person by name or username', () => {
    expect(filterResults(rows, { ...emptyResultFilters(), q: '秀兰' }).map((r) => r.username)).toEqual(['staff02'])
    expect(filterResults(rows, { ...emptyResultFilters(), q: 'STAFF01' }).map((r) => r.username)).toEqual(['staff01'])
  })
})

describe('a sitting results page', () => {
  it('counts who is assigned, submitted, passed and missed', async () => {
    fakeServer({ [`GET /sittings/${SITTING_ID}`]: json(200, sittingFixture()), [`GET /sittings/${SITTING_ID}/results`]: json(200, rows) })
    const { result } = await withSetup(() => useSittingResults(() => SITTING_ID))
    await result.load()
    expect(result.summary.value).toEqual({ total: 3, submitted: 2, passed: 1, missed: 1 })
    expect(result.units.value).toEqual(['城中一组', '城中二组'])
  })

  it('downloads the XLSX under the sitting title', async () => {
    const xlsx = new Response('PK', {
      status: 200,
      headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    })
    fakeServer({
      [`GET /sittings/${SITTING_ID}`]: json(200, sittingFixture()),
      [`GET /sittings/${SITTING_ID}/results`]: json(200, rows),
      [`GET /sittings/${SITTING_ID}/results/export`]: xlsx,
    })
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:results')
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined)
    const clicks: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download)
    })
    const { result } = await withSetup(() => useSittingResults(() => SITTING_ID))
    await result.load()
    await result.exportXlsx()
    expect(clicks).toEqual(['12月 月度测验-成绩.xlsx'])
  })
})
