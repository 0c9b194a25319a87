import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { withSetup } from '@/test/test-app'
import { fakeServer, json, type RecordedCall } from '@/test/fake-server'
import { attemptStorageKey } from '../exam-storage'
import { ATTEMPT_ID } from '../testing/fixtures'
import { HIDE_SETTLE_MS, useVisibilityEvents } from './use-visibility-events'

const EVENTS = `POST /attempts/${ATTEMPT_ID}/events`
let visibility: DocumentVisibilityState = 'visible'
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility })

async function switchAway() {
  visibility = 'hidden'
  document.dispatchEvent(new Event('visibilitychange'))
  await flushPromises()
  visibility = 'visible'
  document.dispatchEvent(new Event('visibilitychange'))
  await flushPromises()
}

const mounted: Array<{ unmount(): void }> = []
async function setup(...args: Parameters<typeof useVisibilityEvents>) {
  const app = await withSetup(() => useVisibilityEvents(...args))
  mounted.push(app.wrapper)
  return app
}

const kinds = (calls: RecordedCall[]) => calls.map((c) => (c.body as { kind: string }).kind)

describe('useVisibilityEvents', () => {
  afterEach(() => {
    vi.useRealTimers()
    visibility = 'visible'
    mounted.splice(0).forEach((wrapper) => wrapper.unmount())
  })

  it('records leaving and returning, and gently says so in an ordinary quiz', async () => {
    const server = fakeServer({ [EVENTS]: json(200, { switchCount: 1, submitted: false }) })
    const { result } = await setup({ attemptId: ATTEMPT_ID, switchLimit: ref(null), serverSwitchCount: ref(0), onSubmitted: vi.fn() })

    await switchAway()

    expect(kinds(server.calls)).toEqual(['hidden', 'visible'])
    expect((server.calls[0]?.body as { clientAt: string }).clientAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(document.body.textContent).toContain('切屏已记录')
    expect(result.switchesLeft.value).toBeNull()
  })

  it('in a strict exam tells how many switches are left', async () => {
    fakeServer({ [EVENTS]: [json(200, { switchCount: 1, submitted: false }), json(200, { switchCount: 1, submitted: false })] })
    const { result } = await setup({ attemptId: ATTEMPT_ID, switchLimit: ref(3), serverSwitchCount: ref(0), onSubmitted: vi.fn() })
    expect(result.switchesLeft.value).toBe(3)

    await switchAway()

    expect(result.switchesLeft.value).toBe(2)
    expect(document.body.textContent).toContain('还可切屏 2 次')
  })

  it('stops and hands over when the server submitted the attempt for too many switches', async () => {
    const server = fakeServer({ [EVENTS]: json(200, { switchCount: 3, submitted: true }) })
    const onSubmitted = vi.fn()
    await setup({ attemptId: ATTEMPT_ID, switchLimit: ref(3), serverSwitchCount: ref(0), onSubmitted })

    await switchAway()

    expect(onSubmitted).toHaveBeenCalledTimes(1)
    expect(kinds(server.calls)).toEqual(['hidden'])
  })

  it('on a fresh phone starts from the switches the server has already recorded', async () => {
    const server = fakeServer({ [EVENTS]: json(200, { switchCount: 3, submitted: false }) })
    const serverSwitchCount = ref<number | null>(null)
    const { result } = await setup({ attemptId: ATTEMPT_ID, switchLimit: ref(6), serverSwitchCount, onSubmitted: vi.fn() })

    serverSwitchCount.value = 2 // the attempt has loaded: two switches on the other phone
    await flushPromises()
    expect(result.switchesLeft.value).toBe(4)

    await switchAway()
    expect(result.switchesLeft.value).toBe(3)
    expect(document.body.textContent).toContain('还可切屏 3 次')
    expect(server.calls).toHaveLength(2)
  })

  it('gives every event its own id and re-sends an event with the same id, so it is counted once', async () => {
    const down = (): Response => {
      throw new TypeError('Failed to fetch')
    }
    const server = fakeServer({ [EVENTS]: [down, json(200, { switchCount: 1, submitted: false })] })
    await setup({ attemptId: ATTEMPT_ID, switchLimit: ref(null), serverSwitchCount: ref(0), onSubmitted: vi.fn() })

    window.dispatchEvent(new Event('offline'))
    await flushPromises()
    window.dispatchEvent(new Event('online'))
    await flushPromises()

    const ids = server.calls.map((c) => (c.body as { eventId: string }).eventId)
    expect(kinds(server.calls)).toEqual(['offline', 'offline', 'online'])
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(ids[1]).toBe(ids[0])
    expect(ids[2]).not.toBe(ids[0])
  })

  it('gives an event queued before ids existed one id that it keeps', async () => {
    localStorage.setItem(
      attemptStorageKey(ATTEMPT_ID, 'events'),
      JSON.stringify([{ kind: 'hidden', clientAt: '2026-11-27T01:02:00.000Z' }]),
    )
    const server = fakeServer({ [EVENTS]: json(200, { switchCount: 1, submitted: false }) })
    await setup({ attemptId: ATTEMPT_ID, switchLimit: ref(null), serverSwitchCount: ref(0), onSubmitted: vi.fn() })

    expect(server.calls[0]?.body).toMatchObject({ kind: 'hidden', clientAt: '2026-11-27T01:02:00.000Z', eventId: expect.any(String) })
  })

  it('keeps events while offline and sends them, with their own times, when the network returns', async () => {
    const down = (): Response => {
      throw new TypeError('Failed to fetch')
    }
    const ok = json(200, { switchCount: 0, submitted: false })
    const server = fakeServer({ [EVENTS]: [down, ok] })
    const { result } = await setup({ attemptId: ATTEMPT_ID, switchLimit: ref(null), serverSwitchCount: ref(0), onSubmitted: vi.fn() })

    window.dispatchEvent(new Event('offline'))
    await flushPromises()
    expect(result.pendingEvents.value).toBe(1)
    const offlineAt = (server.calls[0]?.body as { clientAt: string }).clientAt

    window.dispatchEvent(new Event('online'))
    await flushPromises()
    expect(kinds(server.calls)).toEqual(['offline', 'offline', 'online'])
    expect((server.calls[1]?.body as { clientAt: string }).clientAt).toBe(offlineAt)
    expect(result.pendingEvents.value).toBe(0)
  })

  describe('a reload is not a page switch', () => {
    const hide = () => {
      visibility = 'hidden'
      document.dispatchEvent(new Event('visibilitychange'))
    }
    const pageHide = () => window.dispatchEvent(new Event('pagehide'))

    it('records a reload as unload, never as a switch, whichever the browser fires first', async () => {
      for (const order of [
        [hide, pageHide],
        [pageHide, hide],
      ]) {
        const server = fakeServer({ [EVENTS]: json(200, { switchCount: 0, submitted: false }) })
        const onSubmitted = vi.fn()
        const { result } = await setup({ attemptId: ATTEMPT_ID, switchLimit: ref(1), serverSwitchCount: ref(0), onSubmitted })

        order.forEach((fire) => fire())
        await flushPromises()

        expect(kinds(server.calls)).toEqual(['unload'])
        expect(result.switchesLeft.value).toBe(1)
        expect(onSubmitted).not.toHaveBeenCalled()
        mounted.splice(0).forEach((wrapper) => wrapper.unmount())
        visibility = 'visible'
      }
    })

    it('sends the unload after the reload when the page went away before it could', async () => {
      const down = (): Response => {
        throw new TypeError('Failed to fetch')
      }
      fakeServer({ [EVENTS]: down })
      await setup({ attemptId: ATTEMPT_ID, switchLimit: ref(1), serverSwitchCount: ref(0), onSubmitted: vi.fn() })
      hide()
      pageHide()
      await flushPromises()
      mounted.splice(0).forEach((wrapper) => wrapper.unmount())
      visibility = 'visible'

      // the reloaded page
      const server = fakeServer({ [EVENTS]: json(200, { switchCount: 0, submitted: false }) })
      const onSubmitted = vi.fn()
      const { result } = await setup({ attemptId: ATTEMPT_ID, switchLimit: ref(1), serverSwitchCount: ref(0), onSubmitted })
      await flushPromises()

      expect(kinds(server.calls)).toEqual(['unload'])
      expect(result.switchesLeft.value).toBe(1)
      expect(onSubmitted).not.toHaveBeenCalled()
    })

    it('counts leaving for another app as a switch once no pagehide followed', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      const server = fakeServer({ [EVENTS]: json(200, { switchCount: 1, submitted: true }) })
      const onSubmitted = vi.fn()
      await setup({ attemptId: ATTEMPT_ID, switchLimit: ref(1), serverSwitchCount: ref(0), onSubmitted })

      hide()
      await flushPromises()
      expect(server.calls).toHaveLength(0)
      vi.advanceTimersByTime(HIDE_SETTLE_MS)
      await flushPromises()

      expect(kinds(server.calls)).toEqual(['hidden'])
      expect(onSubmitted).toHaveBeenCalledTimes(1)
    })

    it('counts a hide that the browser never followed up (the page discarded in the background)', async () => {
      localStorage.setItem(
        attemptStorageKey(ATTEMPT_ID, 'events'),
        JSON.stringify([
          { kind: 'hidden', clientAt: '2026-11-27T01:02:00.000Z', eventId: '6f0c7a52-4d1e-4e0b-9a55-2c1f0e7b9d11', provisional: true },
        ]),
      )
      const server = fakeServer({ [EVENTS]: json(200, { switchCount: 1, submitted: false }) })
      await setup({ attemptId: ATTEMPT_ID, switchLimit: ref(3), serverSwitchCount: ref(0), onSubmitted: vi.fn() })
      await flushPromises()

      expect(server.calls.map((c) => c.body)).toEqual([
        { kind: 'hidden', clientAt: '2026-11-27T01:02:00.000Z', eventId: '6f0c7a52-4d1e-4e0b-9a55-2c1f0e7b9d11' },
      ])
    })
  })
})
