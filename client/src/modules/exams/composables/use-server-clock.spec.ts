import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { formatRemaining, useServerClock } from './use-server-clock'

const SERVER_NOW = Date.parse('2026-11-27T01:00:00.000Z')
const DEADLINE = '2026-11-27T01:30:00.000Z'

function startClock(deviceSkewMs: number) {
  vi.setSystemTime(SERVER_NOW + deviceSkewMs)
  const onWarning = vi.fn()
  const onExpire = vi.fn()
  const scope = effectScope()
  const clock = scope.run(() => useServerClock(ref(DEADLINE), { onWarning, onExpire }))!
  clock.sync(new Date(SERVER_NOW).toISOString())
  return { clock, onWarning, onExpire, scope }
}

describe('useServerClock', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('shows 30:00 at the start even when the phone’s clock is 10 minutes slow', () => {
    const { clock } = startClock(-10 * 60_000)
    expect(clock.remainingText.value).toBe('30:00')
  })

  it('shows 30:00 at the start when the phone’s clock is 10 minutes fast', () => {
    const { clock } = startClock(10 * 60_000)
    expect(clock.remainingText.value).toBe('30:00')
  })

  it('counts down in real seconds', async () => {
    const { clock } = startClock(-10 * 60_000)
    await vi.advanceTimersByTimeAsync(61_000)
    expect(clock.remainingText.value).toBe('28:59')
  })

  it('warns once at 5 minutes and once at 1 minute, then ends the exam at the deadline', async () => {
    const { clock, onWarning, onExpire } = startClock(-10 * 60_000)

    await vi.advanceTimersByTimeAsync(25 * 60_000)
    expect(clock.warning.value).toBe('five')
    expect(onWarning.mock.calls).toEqual([['five']])

    await vi.advanceTimersByTimeAsync(4 * 60_000)
    expect(clock.warning.value).toBe('one')
    expect(onWarning.mock.calls).toEqual([['five'], ['one']])
    expect(onExpire).not.toHaveBeenCalled()

    await vi.advanceTimersByTimeAsync(60_000)
    expect(clock.remainingText.value).toBe('00:00')
    expect(onExpire).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(onExpire).toHaveBeenCalledTimes(1)
  })

  it('gives only the one-minute warning when the page opens with 40 seconds left', async () => {
    vi.setSystemTime(SERVER_NOW)
    const onWarning = vi.fn()
    const clock = effectScope().run(() => useServerClock(ref(DEADLINE), { onWarning }))!
    clock.sync(Date.parse(DEADLINE) - 40_000)
    await nextTick()
    expect(clock.remainingText.value).toBe('00:40')
    expect(onWarning.mock.calls).toEqual([['one']])
  })

  it('follows the server when a save reply shows the phone’s clock jumped', async () => {
    const { clock } = startClock(0)
    // The user sets the phone's clock an hour ahead; the next save reply re-syncs.
    vi.setSystemTime(Date.now() + 3600_000)
    clock.sync(SERVER_NOW)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(clock.remainingText.value).toBe('29:59')
  })

  it('takes the server’s clock as read halfway through the round trip', () => {
    const { clock } = startClock(0)
    const sentAt = Date.now()
    // A save reply: the server read its clock 5 minutes on, and the request took 1 s there and back.
    clock.sync(SERVER_NOW + 5 * 60_000, sentAt, sentAt + 1_000)
    expect(clock.offset.value).toBe(5 * 60_000 - 500)
    expect(clock.remainingText.value).toBe('25:01')
  })

  it('ignores a slow reply, whose server time may be seconds off', () => {
    const { clock } = startClock(0)
    const sentAt = Date.now()
    clock.sync(SERVER_NOW + 20_000, sentAt, sentAt + 30_000)
    expect(clock.remainingText.value).toBe('30:00')
  })

  it('shows hours for long exams', () => {
    expect(formatRemaining(90 * 60_000)).toBe('1:30:00')
  })

  it('stops ticking when the page goes away', () => {
    const { scope } = startClock(0)
    scope.stop()
    expect(vi.getTimerCount()).toBe(0)
  })
})
