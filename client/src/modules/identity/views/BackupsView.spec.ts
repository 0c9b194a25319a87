import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountAppAt } from '@/test/test-app'
import { meFor, seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import { formatDateTime } from '@/composables/format'

const made = {
  name: 'kaoping-20261207-030000.kpbak',
  bytes: 6_400_000,
  createdAt: '2026-12-06T19:00:00.000Z',
  appVersion: '0.1.0',
  schema: 'OutboxClock1795790000000',
}
const admin = meFor({ id: 'a', username: 'admin', displayName: '系统管理员', roles: ['admin'] })

describe('the backups page', () => {
  it('says there is none yet and what to do, then makes one on request and lists it', async () => {
    seedSession(['admin'])
    const { calls } = fakeServer({
      'GET /me': json(200, admin),
      'GET /admin/backups': [
        json(200, { backups: [], nextRunAt: '2026-12-07T19:00:00.000Z', lastFailure: null, keep: 14 }),
        json(200, { backups: [made], nextRunAt: '2026-12-07T19:00:00.000Z', lastFailure: null, keep: 14 }),
      ],
      'POST /admin/backups': json(201, made),
    })
    const { wrapper } = await mountAppAt('/backups')
    await flushPromises()
    expect(wrapper.find('[data-testid="backups-empty"]').text()).toContain('还没有备份')
    expect(wrapper.find('[data-testid="backup-schedule"]').text()).toBe(`下次自动备份：${formatDateTime('2026-12-07T19:00:00.000Z')}`)
    expect(wrapper.text()).toContain('保留最近 14 份')

    await wrapper.find('[data-testid="backup-now"]').trigger('click')
    await flushPromises()
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/admin/backups'])
    expect(wrapper.find('[data-testid="backups-table"]').text()).toContain('6.1 MB')
    expect(document.body.textContent).toContain('已完成备份 kaoping-20261207-030000.kpbak')
  })

  it('shows a failed backup plainly', async () => {
    seedSession(['admin'])
    fakeServer({
      'GET /me': json(200, admin),
      'GET /admin/backups': json(200, {
        backups: [made],
        nextRunAt: null,
        lastFailure: { at: '2026-12-07T19:00:05.000Z', message: 'ENOSPC: no space left on device' },
        keep: 14,
      }),
    })
    const { wrapper } = await mountAppAt('/backups')
    await flushPromises()
    expect(wrapper.find('[data-testid="backup-failure"]').text()).toContain('ENOSPC')
    expect(wrapper.find('[data-testid="backup-schedule"]').text()).toContain('未启用自动备份')
  })
})
