import { describe, expect, it, vi } from 'vitest'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer } from '@/test/fake-server'
import { BANK_ID } from '../testing/fixtures'
import { useBankExport } from './use-bank-export'

describe('useBankExport', () => {
  it('saves the bank as a file named after it, in the chosen format', async () => {
    seedSession(['trainer'])
    const server = fakeServer({ [`GET /question-banks/${BANK_ID}/export`]: new Response('::q1:: 题干 {=对 ~错}', { status: 200 }) })
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:bank')
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined)
    const saved: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download)
    })
    const { result } = await withSetup(() => useBankExport(() => ({ id: BANK_ID, name: '法律法规题库' })))

    await result.exportAs('gift')

    expect(server.calls[0]?.url).toBe(`/api/question-banks/${BANK_ID}/export?format=gift`)
    expect(saved).toEqual(['法律法规题库.gift.txt'])
  })
})
