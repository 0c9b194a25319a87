import { describe, expect, it, vi } from 'vitest'
import { withSetup } from '@/test/test-app'
import { useIsPhone } from './use-media-query'

describe('useIsPhone', () => {
  it('follows the screen width as it changes', async () => {
    let listener: ((event: { matches: boolean }) => void) | undefined
    vi.stubGlobal(
      'matchMedia',
      vi.fn(() => ({
        matches: false,
        addEventListener: (_: string, fn: typeof listener) => (listener = fn),
        removeEventListener: vi.fn(),
      })),
    )
    const { result } = await withSetup(() => useIsPhone())
    expect(result.value).toBe(false)

    listener?.({ matches: true })

    expect(result.value).toBe(true)
  })

  it('assumes a wide screen where matchMedia does not exist', async () => {
    vi.stubGlobal('matchMedia', undefined)
    const { result } = await withSetup(() => useIsPhone())
    expect(result.value).toBe(false)
  })
})
