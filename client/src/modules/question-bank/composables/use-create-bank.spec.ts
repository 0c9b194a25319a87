import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { bankFixture } from '../testing/fixtures'
import { useCreateBank } from './use-create-bank'

describe('useCreateBank', () => {
  it('creates the bank with a trimmed name and opens it', async () => {
    seedSession(['trainer'])
    const created = bankFixture({ id: '33333333-3333-4333-8333-333333333333', name: '供货政策题库' })
    const server = fakeServer({
      'POST /question-banks': json(201, created),
      [`GET /question-banks/${created.id}`]: json(200, created),
    })
    const onCreated = vi.fn()
    const { result: dialog, router } = await withSetup(() => useCreateBank(onCreated))

    dialog.form.name = ' 供货政策题库 '
    await dialog.submit()
    await flushPromises()

    expect(server.calls[0]?.body).toEqual({ name: '供货政策题库' })
    expect(onCreated).toHaveBeenCalled()
    expect(router.currentRoute.value.params.bankId).toBe(created.id)
  })

  it('shows the server’s reason when the bank cannot be created', async () => {
    seedSession(['trainer'])
    fakeServer({ 'POST /question-banks': serverError(409, '已有同名题库') })
    const onCreated = vi.fn()
    const { result: dialog } = await withSetup(() => useCreateBank(onCreated))

    dialog.form.name = '法律法规题库'
    await dialog.submit()

    expect(onCreated).not.toHaveBeenCalled()
    expect(dialog.error.value).toBe('已有同名题库')
  })
})
