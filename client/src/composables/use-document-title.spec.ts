import { describe, expect, it } from 'vitest'
import { mountAppAt } from '@/test/test-app'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'

describe('useDocumentTitle', () => {
  it('names the current page in the browser tab', async () => {
    const user = seedSession(['staff'])
    fakeServer({ 'GET /me': json(200, meFor(user)) })
    const { router } = await mountAppAt('/')
    expect(document.title).toBe('首页 · 考评 Kaoping')

    await router.push('/profile')

    expect(document.title).toBe('修改密码 · 考评 Kaoping')
  })
})
