import { describe, expect, it, vi } from 'vitest'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import { acceptConfirm, cancelConfirm } from '@/test/message-box'
import { useEndSitting } from './use-end-sitting'

const SITTING = { id: 's-1', title: '12月月度测验' }
const path = `POST /sittings/${SITTING.id}/end`

async function setup() {
  seedSession(['trainer'])
  const onEnded = vi.fn()
  const { result } = await withSetup(() => useEndSitting(onEnded))
  return { ending: result, onEnded }
}

describe('ending a sitting for everyone (结束考试)', () => {
  it('asks first, naming the sitting and the attempts still open, and does nothing when the trainer cancels', async () => {
    const server = fakeServer({ [path]: json(200, { closedAt: '2026-12-07T09:00:00Z', submittedAttempts: 3 }) })
    const { ending, onEnded } = await setup()
    const confirm = cancelConfirm()

    expect(await ending.end(SITTING, 3)).toBe(false)
    expect(confirm.mock.calls[0]?.[0]).toContain('12月月度测验')
    expect(confirm.mock.calls[0]?.[0]).toContain('3 份答卷')
    expect(server.calls).toHaveLength(0)
    expect(onEnded).not.toHaveBeenCalled()
  })

  it('ends it once confirmed, says how many attempts were submitted, and lets the page re-read', async () => {
    const server = fakeServer({ [path]: json(200, { closedAt: '2026-12-07T09:00:00Z', submittedAttempts: 3 }) })
    const { ending, onEnded } = await setup()
    acceptConfirm()

    expect(await ending.end(SITTING, 3)).toBe(true)
    expect(server.calls.map((c) => `${c.method} ${c.path}`)).toEqual([path])
    expect(onEnded).toHaveBeenCalled()
    expect(document.body.textContent).toContain('3 份答卷已自动交卷')
  })

  it('shows the server’s refusal and keeps the page as it is', async () => {
    fakeServer({ [path]: json(409, { statusCode: 409, message: '考试已对所有人结束' }) })
    const { ending, onEnded } = await setup()
    acceptConfirm()

    expect(await ending.end(SITTING, 0)).toBe(false)
    expect(onEnded).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('考试已对所有人结束')
  })
})
