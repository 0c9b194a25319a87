import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt, withSetup } from '@/test/test-app'
import { brandsToSave, duplicateBrand, useBrandList } from './use-brand-list'

const LIST = { year: 2026, brands: [{ brand: '利群(新版)', kind: 'key' as const }] }

function serve(put: Response = json(200, LIST)) {
  const user = seedSession(['manager'])
  return fakeServer({ 'GET /me': json(200, meFor(user)), 'GET /kpi/brand-lists': json(200, LIST), 'PUT /kpi/brand-lists': put })
}

describe('the key-brand list (useBrandList)', () => {
  it('sends names as the server keeps them and drops empty rows', () => {
    expect(
      brandsToSave([
        { brand: ' 中华 (硬) ', kind: 'key' },
        { brand: '  ', kind: 'new' },
      ]),
    ).toEqual([{ brand: '中华 (硬)', kind: 'key' }])
    expect(
      duplicateBrand([
        { brand: '利群', kind: 'key' },
        { brand: ' 利群', kind: 'new' },
      ]),
    ).toBe('利群')
  })

  it('loads the year’s list, adds a new brand and saves the whole list', async () => {
    const { calls } = serve(json(200, { year: 2026, brands: [...LIST.brands, { brand: '黄金叶(乐途)', kind: 'new' }] }))
    const { result } = await withSetup(() => useBrandList(2026))
    await flushPromises()
    expect(calls.find((c) => c.path === '/kpi/brand-lists')?.url).toContain('year=2026')
    expect(result.keyCount.value).toBe(1)
    result.add('new')
    const row = result.rows.value[1]
    if (row) row.brand = '黄金叶(乐途)'
    expect(result.dirty.value).toBe(true)

    expect(await result.save()).toBe(true)

    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      year: 2026,
      brands: [
        { brand: '利群(新版)', kind: 'key' },
        { brand: '黄金叶(乐途)', kind: 'new' },
      ],
    })
    expect(result.dirty.value).toBe(false)
  })

  it('does not send a list with a brand twice, and shows the server’s 403 in its own words', async () => {
    const { calls } = serve(serverError(403, '只有营销部负责人或管理员可以维护品牌名单'))
    const { result } = await withSetup(() => useBrandList(2026))
    await flushPromises()
    result.add('key')
    const row = result.rows.value[1]
    if (row) row.brand = '利群(新版)'
    expect(result.duplicate.value).toBe('利群(新版)')
    expect(await result.save()).toBe(false)
    expect(calls.some((c) => c.method === 'PUT')).toBe(false)

    if (row) row.brand = '中华(硬)'
    expect(await result.save()).toBe(false)
    expect(result.forbidden.value).toBe(true)
    expect(result.failure.value).toBe('只有营销部负责人或管理员可以维护品牌名单')
  })
})

describe('the brand-list page', () => {
  it('shows the year’s key brands with the rule they serve, and is reached from the forecast import', async () => {
    serve()
    const { wrapper } = await mountAppAt('/kpi/brands')
    await flushPromises()
    const page = wrapper.find('[data-testid="kpi-brands"]')
    expect(page.text()).toContain('预测准确率品牌名单')
    expect(page.text()).toContain('重点品牌 1 个')
    expect((page.find('input[aria-label="品牌"]').element as HTMLInputElement).value).toBe('利群(新版)')
    expect(wrapper.find('[data-testid="kpi-brands-save"]').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })
})
