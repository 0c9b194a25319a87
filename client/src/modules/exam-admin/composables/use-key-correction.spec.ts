import { describe, expect, it } from 'vitest'
import { fakeServer, json } from '@/test/fake-server'
import { withSetup } from '@/test/test-app'
import { questionFixture, QUESTION_ID } from '@/modules/question-bank/testing/fixtures'
import { useKeyCorrection } from './use-key-correction'

describe('correcting a wrong key', () => {
  it('loads the current key, sends the new one with the reason, and tells how many attempts were re-scored', async () => {
    const server = fakeServer({
      [`GET /questions/${QUESTION_ID}`]: json(200, questionFixture()),
      [`POST /questions/${QUESTION_ID}/key-correction`]: json(200, { version: 2, regraded: 14 }),
    })
    const { result } = await withSetup(() => useKeyCorrection())
    await result.open(QUESTION_ID)
    expect(result.draft.choice).toBe('B')

    result.draft.choice = 'A'
    result.draft.note = '依据新条例，有效期为 3 年'
    expect(await result.submit()).toEqual({ version: 2, regraded: 14 })
    expect(server.calls.at(-1)?.body).toEqual({ answer: 'A', note: '依据新条例，有效期为 3 年' })
  })

  it('refuses a "correction" that keeps the same key or gives no reason', async () => {
    const server = fakeServer({ [`GET /questions/${QUESTION_ID}`]: json(200, questionFixture()) })
    const { result } = await withSetup(() => useKeyCorrection())
    await result.open(QUESTION_ID)
    result.draft.note = '核对'
    await result.submit()
    expect(result.saveError.value).toMatchObject({ message: '新答案与当前答案相同' })
    result.draft.choice = 'A'
    result.draft.note = ' '
    await result.submit()
    expect(result.saveError.value).toMatchObject({ message: expect.stringContaining('请说明为何更正') })
    expect(server.calls.filter((c) => c.method === 'POST')).toHaveLength(0)
  })
})
