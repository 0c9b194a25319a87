import { describe, expect, it } from 'vitest'
import { cadenceWarning, deviceId, monthOf, qrUrl, shiftMonth } from './training-month'

describe('months and check-in helpers', () => {
  it('counts months in Beijing time', () => {
    expect(monthOf(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11')
    expect(monthOf(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12')
  })

  it('steps across the year', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2027-01', -1)).toBe('2026-12')
  })

  it('takes the month’s warning from the server’s cadence', () => {
    expect(cadenceWarning(null)).toBeNull()
    expect(cadenceWarning({ cadence: { trainings: 0, exams: 0, ok: false, problem: 'missing' } })).toBe('missing')
    expect(cadenceWarning({ cadence: { trainings: 3, exams: 1, ok: false, problem: 'tooMany' } })).toBe('tooMany')
    expect(cadenceWarning({ cadence: { trainings: 1, exams: 1, ok: true, problem: null } })).toBeNull()
  })

  it('puts this server’s own check-in page in the QR', () => {
    expect(qrUrl('/check-in/abc?code=042817', 'https://kaoping.example')).toBe('https://kaoping.example/check-in/abc?code=042817')
  })

  it('keeps one device id per browser', () => {
    const store = new Map<string, string>()
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) }
    const first = deviceId(storage, () => 'id-1')
    expect(deviceId(storage, () => 'id-2')).toBe(first)
  })
})
