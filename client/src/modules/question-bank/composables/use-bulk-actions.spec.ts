import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import { acceptConfirm, cancelConfirm } from '@/test/message-box'
import { BANK_ID } from '../testing/fixtures'
import { useBulkActions } from './use-bulk-actions'

const path = `POST /question-banks/${BANK_ID}/questions/bulk`

async function setup(ids: string[]) {
  seedSession(['trainer'])
  const selected = ref(ids)
  const onDone = vi.fn()
  const { result } = await withSetup(() => useBulkActions(() => BANK_ID, selected, onDone))
  return { bulk: result, selected, onDone }
}

describe('useBulkActions', () => {
  it('moves the selected questions, clears the selection and refreshes the page', async () => {
    const server = fakeServer({ [path]: json(200, { changed: 2 }) })
    const { bulk, selected, onDone } = await setup(['q1', 'q2'])

    await bulk.move('c1')

    expect(server.calls[0]?.body).toEqual({ questionIds: ['q1', 'q2'], action: 'move', categoryId: 'c1' })
    expect(selected.value).toEqual([])
    expect(onDone).toHaveBeenCalled()
    expect(document.body.textContent).toContain('已处理 2 道题')
  })

  it('asks before retiring, and does nothing when the trainer cancels', async () => {
    const server = fakeServer({ [path]: json(200, { changed: 1 }) })
    const { bulk } = await setup(['q1'])

    cancelConfirm()
    await bulk.retire()
    expect(server.calls).toHaveLength(0)

    acceptConfirm()
    await bulk.retire()
    expect(server.calls[0]?.body).toEqual({ questionIds: ['q1'], action: 'retire' })
  })

  it('adds a trimmed tag', async () => {
    const server = fakeServer({ [path]: json(200, { changed: 1 }) })
    const { bulk } = await setup(['q1'])

    await bulk.addTag(' 2026修订 ')

    expect(server.calls[0]?.body).toEqual({ questionIds: ['q1'], action: 'tag', tag: '2026修订' })
  })
})
