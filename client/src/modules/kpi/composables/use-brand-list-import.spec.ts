import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ApiError } from '@/api/http'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { withSetup } from '@/test/test-app'
import * as api from '../api'
import { useBrandList } from './use-brand-list'

afterEach(() => vi.restoreAllMocks())

function serve() {
  const user = seedSession(['manager'])
  fakeServer({ 'GET /me': json(200, meFor(user)), 'GET /kpi/brand-lists': json(200, { year: 2026, brands: [] }) })
}

describe('importing the brand list from a workbook (useBrandList)', () => {
  it('shows the imported list as saved', async () => {
    serve()
    const imported = vi
      .spyOn(api, 'importBrandList')
      .mockResolvedValue({ year: 2026, written: true, brands: [{ brand: '利群', kind: 'key' }] })
    const { result } = await withSetup(() => useBrandList(2026))
    await flushPromises()
    const file = new File(['x'], 'brands.xlsx')
    expect(await result.importFile(file)).toBe(true)
    expect(imported).toHaveBeenCalledWith(2026, file, expect.any(Function))
    expect(result.rows.value).toEqual([{ brand: '利群', kind: 'key' }])
    expect(result.dirty.value).toBe(false)
  })

  it('lists the wrong rows of a refused file, in row order, and keeps the list', async () => {
    serve()
    vi.spyOn(api, 'importBrandList').mockRejectedValue(
      new ApiError(422, ['品牌名单导入失败：共 2 处错误，未写入任何数据'], {
        errors: [
          { row: 4, field: '类别', message: '类别须为“全国重点品牌”或“新品牌”' },
          { row: 3, field: '品牌', message: '「利群」与第 2 行重复' },
        ],
      }),
    )
    const { result } = await withSetup(() => useBrandList(2026))
    await flushPromises()
    expect(await result.importFile(new File(['x'], 'brands.xlsx'))).toBe(false)
    expect(result.importIssues.value.map((e) => e.row)).toEqual([3, 4])
    expect(result.failure.value).toContain('未写入任何数据')
    expect(result.rows.value).toEqual([])
  })
})
