import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { withSetup } from '@/test/test-app'
import { useErrorMessage } from './use-error-message'

describe('useErrorMessage', () => {
  it('shows the server’s message', async () => {
    const { result } = await withSetup(() => useErrorMessage())
    expect(result.errorMessage(new ApiError(409, ['单位下还有用户，不能删除']))).toBe('单位下还有用户，不能删除')
  })

  it('says the server cannot be reached when there was no answer', async () => {
    const { result } = await withSetup(() => useErrorMessage())
    expect(result.errorMessage(new ApiError(0, []))).toBe('无法连接服务器，请检查网络后重试')
  })

  it('falls back to a general sentence for anything else', async () => {
    const { result } = await withSetup(() => useErrorMessage())
    expect(result.errorMessage(new Error('boom'))).toBe('出错了，请稍后再试')
    expect(result.errorMessage(new ApiError(500, []))).toBe('出错了，请稍后再试')
  })
})
