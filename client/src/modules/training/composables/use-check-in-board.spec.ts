import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { LiveSocket, LiveTopic } from '@/api/live-socket'
import type { AttendanceItemDto } from '@/api/schema'
import { withSetup } from '@/test/test-app'
import { fakeServer, json } from '@/test/fake-server'
import { seedSession } from '@/test/session-fixtures'
import { useCheckInBoard } from './use-check-in-board'

const ID = '22222222-2222-4222-8222-222222222222'
const person = (userId: string, displayName: string, status: AttendanceItemDto['status']): AttendanceItemDto => ({
  userId,
  username: userId,
  displayName,
  unitId: 'cz1',
  unitName: '城中一组',
  status,
  checkedInAt: null,
  sharedDevice: false,
  overrideReason: null,
  leaveStatus: null,
  leaveReason: null,
})

/** The page's live connection, driven by the test: what it watches, and events as the server would send them. */
function fakeSocket() {
  const watched: LiveTopic[] = []
  const socket = { watch: (topic: LiveTopic) => (watched.push(topic), () => undefined), close: () => undefined } as unknown as LiveSocket
  return { socket, watched }
}

describe('the trainer’s check-in board', () => {
  it('shows the code, watches the session and moves a person to arrived when their check-in is heard', async () => {
    seedSession(['trainer'])
    fakeServer({
      [`GET /trainings/${ID}`]: json(200, { id: ID, title: '集中培训', canManage: true, startsAt: '', endsAt: '', assignees: [] }),
      [`GET /trainings/${ID}/attendance`]: json(200, { items: [person('a', '王建国', 'present'), person('b', '李秀兰', 'pending')] }),
      [`GET /trainings/${ID}/check-in-code`]: json(200, {
        code: '042817',
        qrText: `/check-in/${ID}?code=042817`,
        expiresAt: new Date(Date.now() + 8000).toISOString(),
      }),
    })
    const { socket, watched } = fakeSocket()
    const { result: board } = await withSetup(() => useCheckInBoard(() => ID, { socket }))
    await board.load()
    await flushPromises()

    expect(board.code.value?.code).toBe('042817')
    expect(watched.map((w) => [w.topic, w.id])).toEqual([['training', ID]])
    expect(board.counts.value).toEqual({ arrived: 1, late: 0, missing: 1, excused: 0 })
    expect(board.units.value[0].missingNames).toEqual(['李秀兰'])

    watched[0].onEvent({ userId: 'b', status: 'late', checkedInAt: new Date().toISOString(), sharedDevice: false })
    expect(board.counts.value).toEqual({ arrived: 1, late: 1, missing: 0, excused: 0 })
    expect(board.units.value[0].missingNames).toEqual([])
  })

  it('shows a manager the board without asking for the code', async () => {
    seedSession(['manager'])
    const server = fakeServer({
      [`GET /trainings/${ID}`]: json(200, { id: ID, title: '集中培训', canManage: false, startsAt: '', endsAt: '', assignees: [] }),
      [`GET /trainings/${ID}/attendance`]: json(200, { items: [] }),
    })
    const { socket } = fakeSocket()
    const { result: board } = await withSetup(() => useCheckInBoard(() => ID, { socket }))
    await board.load()
    await flushPromises()

    expect(server.calls.some((c) => c.path.endsWith('/check-in-code'))).toBe(false)
    expect(board.code.value).toBeNull()
  })
})
