/**
 * What the exam page keeps on the phone between reloads, per attempt: the save counter, the
 * outbox of unsaved answers, flags, queued page events. Storage can be full or disabled (private
 * mode); then the page still works, it just cannot survive a reload.
 */
const PREFIX = 'kaoping.exam.'

/** 'switches' is no longer written (the attempt carries switchCount) but is still cleared on phones that kept one. */
export type AttemptStorageKind = 'seq' | 'outbox' | 'flags' | 'events' | 'switches'

export const attemptStorageKey = (attemptId: string, kind: AttemptStorageKind) => `${PREFIX}${attemptId}.${kind}`

/** One question per screen or all on one page: a choice of the person, not of the attempt. */
export const LAYOUT_STORAGE_KEY = `${PREFIX}layout`

export function readStored<T>(key: string, accept: (value: unknown) => value is T): T | null {
  try {
    const raw = localStorage.getItem(key)
    if (raw === null) return null
    const value: unknown = JSON.parse(raw)
    return accept(value) ? value : null
  } catch {
    return null
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key)
    else localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Full or disabled storage: the answer is still sent; only a reload could lose it.
  }
}

/** After submitting nothing of the attempt is needed on this phone any more. */
export function forgetAttempt(attemptId: string): void {
  const kinds: AttemptStorageKind[] = ['seq', 'outbox', 'flags', 'events', 'switches']
  for (const kind of kinds) writeStored(attemptStorageKey(attemptId, kind), undefined)
}
