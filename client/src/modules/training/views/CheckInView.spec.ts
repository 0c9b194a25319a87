import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountAppAt } from '@/test/test-app'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'

const SESSION = '11111111-1111-4111-8111-111111111111'

describe('the check-in page opened from the QR', () => {
  it('checks in with one tap: the code from the address goes to the server with this browser’s device id', async () => {
    const user = seedSession(['staff'], '王建国')
    const server = fakeServer({
      'GET /me': json(200, meFor(user, '城中一组')),
      [`POST /trainings/${SESSION}/check-ins`]: json(201, {
        sessionId: SESSION,
        userId: user.id,
        status: 'present',
        checkedInAt: new Date().toISOString(),
      }),
    })
    const { wrapper } = await mountAppAt(`/check-in/${SESSION}?code=042817`)
    await flushPromises()

    const post = server.calls.find((c) => c.method === 'POST')
    expect(post?.body).toEqual({ code: '042817', deviceId: expect.any(String) })
    expect(wrapper.find('[data-testid="check-in-done"]').text()).toContain('签到成功')
  })

  it('says why a stale code was refused and offers to type the current one', async () => {
    const user = seedSession(['staff'])
    fakeServer({
      'GET /me': json(200, meFor(user)),
      [`POST /trainings/${SESSION}/check-ins`]: json(422, {
        statusCode: 422,
        error: 'Unprocessable Entity',
        code: 'training.checkIn.badCode',
        message: '签到码错误或已过期，请扫描培训现场的最新二维码',
      }),
    })
    const { wrapper } = await mountAppAt(`/check-in/${SESSION}?code=000000`)
    await flushPromises()

    expect(wrapper.find('[data-testid="check-in-failed"]').text()).toContain('签到码错误或已过期')
    expect(wrapper.find('[data-testid="check-in-done"]').exists()).toBe(false)
    expect(wrapper.find('#check-in-code').exists()).toBe(true)
  })

  it('says when the person had already checked in earlier', async () => {
    const user = seedSession(['staff'])
    fakeServer({
      'GET /me': json(200, meFor(user)),
      [`POST /trainings/${SESSION}/check-ins`]: json(200, {
        sessionId: SESSION,
        userId: user.id,
        status: 'late',
        checkedInAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      }),
    })
    const { wrapper } = await mountAppAt(`/check-in/${SESSION}?code=042817`)
    await flushPromises()

    const done = wrapper.find('[data-testid="check-in-done"]').text()
    expect(done).toContain('您已经签到过了')
    expect(done).toContain('迟到')
  })
})
