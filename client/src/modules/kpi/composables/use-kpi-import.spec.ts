import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/http'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt, withSetup } from '@/test/test-app'
import { downloadKpiTemplate, importKpis } from '../api'
import type * as kpiApi from '../api'
import { importReportFixture } from '../testing/fixtures'
import { useKpiImport } from './use-kpi-import'

vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof kpiApi>()),
  importKpis: vi.fn(),
  downloadKpiTemplate: vi.fn(),
}))

const csv = (name = '11月指标.csv') => new File(['用户名,月份,指标,分子,分母'], name, { type: 'text/csv' })
const rowErrors = [
  { row: 4, field: '分母', message: '分母须为正数' },
  { row: 2, field: '用户名', message: '用户 staff99 不存在' },
]

async function setup() {
  const { result } = await withSetup(() => useKpiImport())
  return result
}

describe('importing KPI figures (useKpiImport)', () => {
  beforeEach(() => {
    vi.mocked(importKpis).mockReset()
  })

  it('takes XLSX and CSV files and refuses anything else before uploading', async () => {
    const flow = await setup()

    expect(flow.selectFile(new File(['x'], 'figures.xls'))).toBe(false)
    expect(flow.failure.value).toBe('只支持 .xlsx 或 .csv 文件')
    expect(flow.canCheck.value).toBe(false)

    expect(flow.selectFile(csv())).toBe(true)
    expect(flow.selectFile(new File(['PK'], '11月.XLSX'))).toBe(true)
    expect(flow.failure.value).toBe('')
    expect(flow.canCheck.value).toBe(true)
  })

  it('refuses a file above the server’s 5 MB limit', async () => {
    const flow = await setup()

    expect(flow.selectFile(new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.csv'))).toBe(false)

    expect(flow.failure.value).toBe('文件不能超过 5 MB')
    expect(importKpis).not.toHaveBeenCalled()
  })

  it('checks with a dry run of the chosen kind, shows the report, and imports only when confirmed', async () => {
    const phases: string[] = []
    vi.mocked(importKpis).mockImplementation((_kind, _file, dryRun, onProgress) => {
      onProgress?.(60)
      phases.push(flow.phase.value)
      return Promise.resolve(importReportFixture({ dryRun, months: ['2026-10', '2026-11'] }))
    })
    const flow = await setup()
    flow.setKind('forecasts')
    flow.selectFile(csv())

    await flow.check()

    expect(vi.mocked(importKpis).mock.calls[0]?.slice(0, 3)).toEqual(['forecasts', flow.file.value, true])
    expect(flow.phase.value).toBe('checked')
    expect(flow.report.value).toMatchObject({ rows: 24, people: 12, created: 20, replaced: 4 })
    expect(flow.progress.value).toBe(60)
    expect(flow.canConfirm.value).toBe(true)

    await flow.confirm()

    expect(phases).toEqual(['checking', 'importing'])
    expect(vi.mocked(importKpis).mock.calls[1]?.[2]).toBe(false)
    expect(flow.phase.value).toBe('done')
    expect(flow.report.value?.dryRun).toBe(false)
    expect(flow.latestMonth.value).toBe('2026-11')
  })

  it('lists the wrong rows of a 422 in row order and offers no import', async () => {
    vi.mocked(importKpis).mockRejectedValue(new ApiError(422, ['导入失败：共 2 处错误'], { errors: rowErrors }))
    const flow = await setup()
    flow.selectFile(csv())

    await flow.check()

    expect(flow.phase.value).toBe('checked')
    expect(flow.rowErrors.value.map((e) => e.row)).toEqual([2, 4])
    expect(flow.canConfirm.value).toBe(false)
    await flow.confirm()
    expect(importKpis).toHaveBeenCalledTimes(1)
  })

  it('shows a 422 without row details as an error of the whole file', async () => {
    vi.mocked(importKpis).mockRejectedValue(new ApiError(422, ['表格缺少列：分母']))
    const flow = await setup()
    flow.selectFile(csv())

    await flow.check()

    expect(flow.rowErrors.value).toEqual([{ row: 0, field: 'file', message: '表格缺少列：分母' }])
  })

  it('takes the fixed file after errors and starts over', async () => {
    vi.mocked(importKpis)
      .mockRejectedValueOnce(new ApiError(422, ['x'], { errors: rowErrors }))
      .mockResolvedValue(importReportFixture())
    const flow = await setup()
    flow.selectFile(csv('bad.csv'))
    await flow.check()

    flow.selectFile(csv('fixed.csv'))
    expect(flow.phase.value).toBe('idle')
    expect(flow.rowErrors.value).toEqual([])
    await flow.check()

    expect(flow.canConfirm.value).toBe(true)
  })

  it('does not offer to import a file without data rows', async () => {
    vi.mocked(importKpis).mockResolvedValue(importReportFixture({ rows: 0, people: 0, months: [], created: 0, replaced: 0 }))
    const flow = await setup()
    flow.selectFile(csv())

    await flow.check()

    expect(flow.phase.value).toBe('checked')
    expect(flow.canConfirm.value).toBe(false)
  })

  it('forgets the check when the kind changes, keeping the file', async () => {
    vi.mocked(importKpis).mockResolvedValue(importReportFixture())
    const flow = await setup()
    flow.selectFile(csv())
    await flow.check()

    flow.setKind('forecasts')

    expect(flow.phase.value).toBe('idle')
    expect(flow.report.value).toBeNull()
    expect(flow.file.value?.name).toBe('11月指标.csv')
  })

  it('keeps the checked state when the import itself fails, so it can be tried again', async () => {
    vi.mocked(importKpis).mockResolvedValueOnce(importReportFixture()).mockRejectedValueOnce(new ApiError(0, []))
    const flow = await setup()
    flow.selectFile(csv())
    await flow.check()

    await flow.confirm()

    expect(flow.phase.value).toBe('checked')
    expect(flow.failure.value).toBe('无法连接服务器，请检查网络后重试')
    expect(flow.canConfirm.value).toBe(true)
  })

  it('returns to the start when the check cannot reach the server', async () => {
    vi.mocked(importKpis).mockRejectedValue(new ApiError(500, ['not implemented']))
    const flow = await setup()
    flow.selectFile(csv())

    await flow.check()

    expect(flow.phase.value).toBe('idle')
    expect(flow.failure.value).toBe('not implemented')
  })

  it('downloads the template of the chosen kind', async () => {
    vi.mocked(downloadKpiTemplate).mockResolvedValue(new Blob(['PK']))
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:template')
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined)
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    const flow = await setup()

    await flow.downloadTemplate()
    flow.setKind('forecasts')
    await flow.downloadTemplate()

    expect(vi.mocked(downloadKpiTemplate).mock.calls.map((c) => c[0])).toEqual(['ratios', 'forecasts'])
    expect(clicked).toEqual(['指标数据导入模板.xlsx', '预测数据导入模板.xlsx'])
  })

  it('on the page: the wrong rows first, then the fixed file, then the result with a link to the month', async () => {
    const user = seedSession(['manager'])
    fakeServer({ 'GET /me': json(200, meFor(user)) })
    vi.mocked(importKpis)
      .mockRejectedValueOnce(new ApiError(422, ['x'], { errors: rowErrors }))
      .mockImplementation((_kind, _file, dryRun) => Promise.resolve(importReportFixture({ dryRun })))
    const { wrapper, router } = await mountAppAt('/kpi/import')
    const choose = async (file: File) => {
      const input = wrapper.find<HTMLInputElement>('input[type="file"]')
      Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
      await input.trigger('change')
      await flushPromises()
    }

    await choose(csv('bad.csv'))
    await wrapper.find('[data-testid="import-check"]').trigger('click')
    await flushPromises()

    const errors = wrapper.find('[data-testid="import-errors"]').text()
    expect(errors).toContain('第 2 行')
    expect(errors).toContain('用户 staff99 不存在')
    expect(wrapper.text()).toContain('2 处错误，没有导入任何数据')
    expect(wrapper.find('[data-testid="import-confirm"]').exists()).toBe(false)

    await wrapper.find('[data-testid="import-again"]').trigger('click')
    await choose(csv('fixed.csv'))
    await wrapper.find('[data-testid="import-check"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="import-ready"]').text()).toContain('检查通过：24 行，12 人')

    await wrapper.find('[data-testid="import-confirm"]').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-testid="import-done"]').text()).toContain('新增 20 项，覆盖 4 项')
    const openTeam = wrapper.find('[data-testid="import-open-team"]')
    expect(openTeam.attributes('href')).toBe('/team?month=2026-11')
    await openTeam.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value).toMatchObject({ name: 'team', query: { month: '2026-11' } }), {
      timeout: 5000,
    })
    wrapper.unmount()
  })
})
