import { computed, onScopeDispose, reactive, ref } from 'vue'
import { ApiError } from '@/api/http'
import type { SavedAnswerDto, SavedDto } from '@/api/schema'
import * as api from '../api'
import type { AnswerValue } from '../answer-value'
import { attemptStorageKey, readStored, writeStored } from '../exam-storage'
import { errorText } from '@/i18n/error-text'

/**
 * saving: typed or sent, no reply yet · saved: the server answered 200 · unsaved: it could not be
 * sent (offline, timeout, server error) and will be sent again · rejected: the server refused it.
 */
export type SaveState = 'saving' | 'saved' | 'unsaved' | 'rejected'
export type ClosedReason = 'deadline' | 'submitted'

export interface OutboxEntry {
  slot: number
  answer: AnswerValue
  seq: number
}

type Outbox = Record<string, OutboxEntry>

export interface AnswerOutboxOptions {
  attemptId: string
  /** The server's clock (ms); sequence numbers follow it, so two devices number alike. */
  serverNow?: () => number
  send?: (slot: number, body: { answer: AnswerValue; seq: number }, signal: AbortSignal) => Promise<SavedDto>
  /** Every 200, with when it was sent and answered (device clock), to re-sync the countdown from its serverNow. */
  onSaved?: (saved: SavedDto, sentAt: number, receivedAt: number) => void
  /** 409 deadline or submitted: nothing more can be saved. */
  onClosed?: (reason: ClosedReason, message: string) => void
  /** 409 stale: the server holds a newer answer (from another device); the caller reloads it. */
  onNewerElsewhere?: (slot: number) => void
  retryDelaysMs?: readonly number[]
  /** A request on a weak mobile connection can hang for minutes; give up and retry instead. */
  requestTimeoutMs?: number
}

const DEFAULT_RETRY_DELAYS = [2_000, 5_000, 10_000, 20_000, 30_000] as const

const isOutbox = (value: unknown): value is Outbox => typeof value === 'object' && value !== null && !Array.isArray(value)
const isSeq = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value)

function conflictOf(error: unknown): { reason?: string; seq?: number } | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null
  const details = error.details
  if (typeof details !== 'object' || details === null) return {}
  const { reason, seq } = details as { reason?: unknown; seq?: unknown }
  return { reason: typeof reason === 'string' ? reason : undefined, seq: typeof seq === 'number' ? seq : undefined }
}

/** Worth sending again later: no connection, a timeout, or a server that is struggling. */
function isTransient(error: unknown): boolean {
  if (error instanceof DOMException && error.name === 'AbortError') return true
  if (!(error instanceof ApiError)) return false
  return error.status === 0 || error.status === 401 || error.status === 408 || error.status === 429 || error.status >= 500
}

/**
 * Every change to an answer gets a sequence number that never goes backwards (kept on the phone,
 * so a reload continues above it), waits in an outbox in localStorage until the server has said
 * 200, and is sent again when the network returns. The server ignores an older number than it
 * holds and acknowledges the same {answer, seq} again with its first savedAt, so resending is
 * always safe.
 */
export function useAnswerOutbox(options: AnswerOutboxOptions) {
  const { attemptId } = options
  const send = options.send ?? ((slot, body, signal) => api.saveAnswer(attemptId, slot, body, signal))
  const serverNow = options.serverNow ?? (() => Date.now())
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS
  const seqKey = attemptStorageKey(attemptId, 'seq')
  const outboxKey = attemptStorageKey(attemptId, 'outbox')

  const outbox = reactive<Outbox>(readStored(outboxKey, isOutbox) ?? {})
  const states = reactive<Record<number, SaveState>>({})
  const rejections = reactive<Record<number, string>>({})
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine)
  /** When saving first failed in the current run of failures (device clock); null when all is well. */
  const failingSince = ref<number | null>(null)
  const closed = ref<ClosedReason | null>(null)

  let lastSeq = readStored(seqKey, isSeq) ?? 0
  const inFlight = new Map<number, Promise<void>>()
  const debounces = new Map<number, ReturnType<typeof setTimeout>>()
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let retryRound = 0

  const unsavedCount = computed(() => Object.keys(outbox).length)
  const hasFailures = computed(() => Object.values(states).includes('unsaved'))

  function persist(): void {
    writeStored(outboxKey, unsavedCount.value > 0 ? { ...outbox } : undefined)
  }

  function nextSeq(): number {
    lastSeq = Math.max(lastSeq + 1, Math.floor(serverNow()))
    writeStored(seqKey, lastSeq)
    return lastSeq
  }

  /** Takes what the server holds; answers this phone changed later stay in the outbox and are resent. */
  function restore(saved: readonly SavedAnswerDto[]): Map<number, AnswerValue> {
    const local = new Map<number, AnswerValue>()
    for (const answer of saved) {
      lastSeq = Math.max(lastSeq, answer.seq)
      states[answer.slot] = 'saved'
      const entry = outbox[answer.slot]
      if (entry && entry.seq <= answer.seq) delete outbox[answer.slot]
    }
    writeStored(seqKey, lastSeq)
    for (const entry of Object.values(outbox)) {
      states[entry.slot] = 'unsaved'
      local.set(entry.slot, entry.answer)
    }
    persist()
    return local
  }

  function put(slot: number, answer: AnswerValue, { debounceMs = 0 } = {}): void {
    if (closed.value) return
    outbox[slot] = { slot, answer, seq: nextSeq() }
    persist()
    states[slot] = 'saving'
    delete rejections[slot]
    clearTimeout(debounces.get(slot))
    debounces.delete(slot)
    if (debounceMs > 0) {
      debounces.set(
        slot,
        setTimeout(() => {
          debounces.delete(slot)
          void sendSlot(slot)
        }, debounceMs),
      )
    } else {
      void sendSlot(slot)
    }
  }

  function settle(slot: number, seq: number): void {
    if (outbox[slot]?.seq !== seq) return // a newer answer is waiting; it decides the state
    delete outbox[slot]
    persist()
    states[slot] = 'saved'
  }

  function close(reason: ClosedReason, message: string): void {
    if (closed.value) return
    closed.value = reason
    stopTimers()
    options.onClosed?.(reason, message)
  }

  async function attemptSend(slot: number, entry: OutboxEntry): Promise<'done' | 'retry'> {
    states[slot] = 'saving'
    const controller = new AbortController()
    const timeout = setTimeout(() => controller.abort(), options.requestTimeoutMs ?? 15_000)
    const sentAt = Date.now()
    try {
      const saved = await send(slot, { answer: entry.answer, seq: entry.seq }, controller.signal)
      options.onSaved?.(saved, sentAt, Date.now())
      settle(slot, entry.seq)
      return 'done'
    } catch (error) {
      const conflict = conflictOf(error)
      if (conflict?.reason === 'deadline' || conflict?.reason === 'submitted') {
        close(conflict.reason, error instanceof ApiError ? errorText(error) : '')
        return 'done'
      }
      if (conflict?.reason === 'stale') {
        // Only a strictly newer seq is stale: the same answer re-sent after a lost reply gets a 200.
        settle(slot, entry.seq)
        options.onNewerElsewhere?.(slot)
        return 'done'
      }
      if (isTransient(error)) {
        // (unless a newer answer is still inside its typing pause: that one is 'saving')
        if (!debounces.has(slot)) states[slot] = 'unsaved'
        return 'retry'
      }
      // 400 or 404: sending it again cannot help.
      if (outbox[slot]?.seq === entry.seq) {
        delete outbox[slot]
        persist()
        states[slot] = 'rejected'
        rejections[slot] = error instanceof ApiError ? errorText(error) : String(error)
      }
      return 'done'
    } finally {
      clearTimeout(timeout)
    }
  }

  function sendSlot(slot: number): Promise<void> {
    const running = inFlight.get(slot)
    if (running) return running
    const run = (async () => {
      let outcome: 'done' | 'retry' = 'done'
      // Loop: an answer changed while the previous one was on its way is sent right after it.
      for (let entry = outbox[slot]; entry && !closed.value; entry = outbox[slot]) {
        if (debounces.has(slot)) break
        outcome = await attemptSend(slot, entry)
        if (outcome === 'retry' || outbox[slot]?.seq === entry.seq) break
      }
      return outcome
    })().then((outcome) => {
      inFlight.delete(slot)
      afterRound(outcome)
    })
    inFlight.set(slot, run)
    return run
  }

  function afterRound(outcome: 'done' | 'retry'): void {
    if (closed.value) return
    if (outcome === 'retry') {
      failingSince.value ??= Date.now()
      scheduleRetry()
    } else if (!hasFailures.value) {
      failingSince.value = null
      retryRound = 0
    }
  }

  function scheduleRetry(): void {
    if (retryTimer !== null) return
    const delay = retryDelays[Math.min(retryRound, retryDelays.length - 1)] ?? 30_000
    retryRound += 1
    retryTimer = setTimeout(() => {
      retryTimer = null
      void flush()
    }, delay)
  }

  /** Sends everything waiting now (also what is still inside its typing pause). */
  async function flush(): Promise<void> {
    if (closed.value) return
    for (const [slot, timer] of debounces) {
      clearTimeout(timer)
      debounces.delete(slot)
    }
    await Promise.all(Object.values(outbox).map((entry) => sendSlot(entry.slot)))
  }

  function stopTimers(): void {
    if (retryTimer !== null) clearTimeout(retryTimer)
    retryTimer = null
    for (const timer of debounces.values()) clearTimeout(timer)
    debounces.clear()
  }

  const onOnline = () => {
    online.value = true
    // The network is back: no reason to wait for the backoff.
    if (retryTimer !== null) clearTimeout(retryTimer)
    retryTimer = null
    retryRound = 0
    void flush()
  }
  const onOffline = () => {
    online.value = false
  }
  window.addEventListener('online', onOnline)
  window.addEventListener('offline', onOffline)
  onScopeDispose(() => {
    window.removeEventListener('online', onOnline)
    window.removeEventListener('offline', onOffline)
    stopTimers()
  })

  const stateOf = (slot: number): SaveState | null => states[slot] ?? null

  return { states, rejections, stateOf, unsavedCount, hasFailures, failingSince, online, closed, restore, put, flush }
}

export type AnswerOutbox = ReturnType<typeof useAnswerOutbox>
