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
