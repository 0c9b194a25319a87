import { beforeEach, describe, expect, it, vi } from 'vitest'
import { setAuthHooks } from './http'
import { LiveSocket, liveUrl, reconnectDelay, type LiveState } from './live-socket'

/** Stands in for the browser's WebSocket: records what the page sent and lets the test play the server. */
class FakeWebSocket {
  static all: FakeWebSocket[] = []
  readyState = 0
  sent: Array<Record<string, unknown>> = []
  onopen: (() => void) | null = null
  onmessage: ((e: { data: string }) => void) | null = null
  onclose: ((e: { code: number }) => void) | null = null
  constructor(readonly url: string) {
    FakeWebSocket.all.push(this)
  }
  send(frame: string) {
    this.sent.push(JSON.parse(frame))
  }
  close() {
    this.readyState = 3
  }
  open() {
    this.readyState = 1
    this.onopen?.()
  }
  receive(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) })
  }
  drop(code: number) {
    this.readyState = 3
    this.onclose?.({ code })
  }
}

const ID = '0b5e7a4c-1f3d-4e2a-9c8b-7a6d5e4f3c2b'

describe('LiveSocket', () => {
  let token = 'access-1'
  let refreshed = 0
  let lost = 0
  const timers: Array<() => void> = []

  beforeEach(() => {
    FakeWebSocket.all = []
    token = 'access-1'
    refreshed = 0
    lost = 0
    timers.length = 0
    setAuthHooks({
      accessToken: () => token,
      refresh: () => {
        refreshed += 1
        token = `access-${refreshed + 1}`
        return Promise.resolve(refreshed < 2)
      },
      onAuthLost: () => (lost += 1),
      onPasswordChangeRequired: () => undefined,
    })
  })

  const socket = (states: LiveState[] = []) =>
    new LiveSocket({
      url: 'ws://test/api/live',
      WebSocketImpl: FakeWebSocket as unknown as typeof WebSocket,
      onState: (s) => states.push(s),
      setTimer: (run) => timers.push(run),
      clearTimer: () => undefined,
    })

  it('authenticates first, watches once ready, and hands each event to its topic', () => {
    const states: LiveState[] = []
    const events: unknown[] = []
    socket(states).watch({ topic: 'sitting', id: ID, onEvent: (d) => events.push(d), onResync: () => events.push('resync') })
    const ws = FakeWebSocket.all[0]
    ws.open()
    expect(ws.sent).toEqual([{ type: 'auth', token: 'access-1' }])
    ws.receive({ type: 'ready', userId: 'u1', expiresAt: '2026-11-27T03:00:00Z' })
    expect(ws.sent[1]).toEqual({ type: 'watch', topic: 'sitting', id: ID })
    ws.receive({ type: 'event', topic: 'sitting', id: ID, data: { kind: 'started' } })
    ws.receive({ type: 'event', topic: 'sitting', id: 'another', data: { kind: 'started' } })
    expect(events).toEqual([{ kind: 'started' }])
    expect(states).toEqual(['connecting', 'live'])
  })

  it('reconnects after the connection drops and asks the page to re-read what it missed', () => {
    const events: unknown[] = []
    socket().watch({ topic: 'sitting', id: ID, onEvent: (d) => events.push(d), onResync: () => events.push('resync') })
    FakeWebSocket.all[0].open()
    FakeWebSocket.all[0].receive({ type: 'ready' })
    FakeWebSocket.all[0].drop(1006)
    expect(timers).toHaveLength(1)
    timers[0]()
    const again = FakeWebSocket.all[1]
    again.open()
    again.receive({ type: 'ready' })
    expect(again.sent).toEqual([
      { type: 'auth', token: 'access-1' },
      { type: 'watch', topic: 'sitting', id: ID },
    ])
    expect(events).toEqual(['resync'])
    again.receive({ type: 'resync', topic: 'sitting', id: ID })
    expect(events).toEqual(['resync', 'resync'])
  })

  it('refreshes an expired token before reconnecting, and stops when the session is over', async () => {
    socket().watch({ topic: 'sitting', id: ID, onEvent: vi.fn(), onResync: vi.fn() })
    FakeWebSocket.all[0].open()
    FakeWebSocket.all[0].drop(4401)
    await vi.waitFor(() => expect(timers).toHaveLength(1))
    timers[0]()
    FakeWebSocket.all[1].open()
    expect(FakeWebSocket.all[1].sent[0]).toEqual({ type: 'auth', token: 'access-2' })
    FakeWebSocket.all[1].drop(4401)
    await vi.waitFor(() => expect(lost).toBe(1))
    expect(timers).toHaveLength(1)
  })

  it('does not hammer a server that refused it for bad frames or flooding', () => {
    socket().watch({ topic: 'sitting', id: ID, onEvent: vi.fn(), onResync: vi.fn() })
    FakeWebSocket.all[0].open()
    FakeWebSocket.all[0].drop(4429)
    expect(timers).toHaveLength(0)
  })

  it('stops watching a topic, and closing stops reconnecting', () => {
    const live = socket()
    const stop = live.watch({ topic: 'sitting', id: ID, onEvent: vi.fn(), onResync: vi.fn() })
    const ws = FakeWebSocket.all[0]
    ws.open()
    ws.receive({ type: 'ready' })
    stop()
    expect(ws.sent.at(-1)).toEqual({ type: 'unwatch', topic: 'sitting', id: ID })
    live.close()
    ws.drop(1000)
    expect(timers).toHaveLength(0)
  })
})

describe('liveUrl and reconnectDelay', () => {
  it('uses wss on https pages and the page host', () => {
    expect(liveUrl({ protocol: 'https:', host: 'kp.example.cn' })).toBe('wss://kp.example.cn/api/live')
    expect(liveUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/api/live')
  })

  it('backs off to at most about 30 s', () => {
    expect(reconnectDelay(0, () => 0.5)).toBe(1000)
    expect(reconnectDelay(3, () => 0.5)).toBe(8000)
    expect(reconnectDelay(20, () => 1)).toBe(37500)
    expect(reconnectDelay(20, () => 0)).toBe(22500)
  })
})
