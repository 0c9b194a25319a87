import { describe, expect, it } from 'vitest'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { acceptConfirm, cancelConfirm } from '@/test/message-box'
import { seedSession } from '@/test/session-fixtures'
import { withSetup } from '@/test/test-app'
import { attemptFixture, ATTEMPT_ID, myExamFixture, SITTING_ID } from '../testing/fixtures'
import { useMyExams } from './use-my-exams'

describe('useMyExams', () => {
  it('starts an exam after the candidate agrees the clock will run, and opens the paper', async () => {
    seedSession(['staff'])
    const server = fakeServer({
      'GET /me/exams': json(200, [myExamFixture()]),
      [`POST /exams/${SITTING_ID}/attempts`]: json(201, attemptFixture()),
      [`GET /attempts/${ATTEMPT_ID}`]: json(200, attemptFixture()),
    })
    const confirm = acceptConfirm()
    const { result, router } = await withSetup(() => useMyExams(), { path: '/exams' })

    await result.start(result.exams.value[0])

    expect(confirm.mock.calls[0]?.[0]).toContain('30 分钟')
    expect(server.calls.some((c) => c.method === 'POST')).toBe(true)
    expect(router.currentRoute.value.fullPath).toBe(`/attempts/${ATTEMPT_ID}`)
  })

  it('does not start when the candidate changes their mind', async () => {
    seedSession(['staff'])
    const server = fakeServer({ 'GET /me/exams': json(200, [myExamFixture()]) })
    cancelConfirm()
    const { result } = await withSetup(() => useMyExams(), { path: '/exams' })

    await result.start(result.exams.value[0])
    expect(server.calls.filter((c) => c.method === 'POST')).toHaveLength(0)
  })

  it('shows the server’s reason when the exam cannot be started', async () => {
    seedSession(['staff'])
    fakeServer({
      'GET /me/exams': json(200, [myExamFixture()]),
      [`POST /exams/${SITTING_ID}/attempts`]: serverError(409, '考试已结束，如需补考请联系培训员'),
    })
    acceptConfirm()
    const { result } = await withSetup(() => useMyExams(), { path: '/exams' })

    await result.start(result.exams.value[0])
    expect(document.body.textContent).toContain('考试已结束，如需补考请联系培训员')
  })
})

describe('My exams page', { timeout: 20_000 }, () => {
  it('lists past sittings under their month, each with its result link', async () => {
    const { mountAppAt } = await import('@/test/test-app')
    seedSession(['staff'])
    fakeServer({
      'GET /me': json(200, {
        id: 'u',
        username: 'staff01',
        displayName: '王五',
        roles: ['staff'],
        unitId: 'x',
        unitName: '城东',
        disabled: false,
      }),
      'GET /me/exams': json(200, [
        myExamFixture({
          sittingId: 'a',
          title: '2026年10月 月度测验',
          status: 'graded',
          lastAttemptId: ATTEMPT_ID,
          opensAt: '2026-10-05T01:00:00.000Z',
          closesAt: '2026-10-06T01:00:00.000Z',
        }),
      ]),
    })
    const { wrapper } = await mountAppAt('/exams')

    const october = wrapper.find('[data-testid="past-month-2026-10"]')
    expect(october.text()).toContain('2026年10月')
    expect(october.text()).toContain('2026年10月 月度测验')
    expect(october.find('a').attributes('href')).toBe(`/attempts/${ATTEMPT_ID}/result`)
    expect(wrapper.find('main').text()).toContain('目前没有需要参加的考试')
  })
})
