import { describe, expect, it } from 'vitest'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { withSetup } from '@/test/test-app'
import { sittingFixture, SITTING_ID } from '../testing/fixtures'
import { useMakeup } from './use-makeup'

const NOW = new Date('2026-12-20T01:00:00.000Z')

describe('scheduling a make-up sitting', () => {
  it('sends the window and shows who the server assigned', async () => {
    const makeup = sittingFixture({ id: 'm1', makeupOf: SITTING_ID, assignees: [{ unitId: null, role: null, userId: 'u2' }] })
    const server = fakeServer({ [`POST /sittings/${SITTING_ID}/makeup`]: json(201, makeup) })
    const { result } = await withSetup(() =>
      useMakeup(
        () => SITTING_ID,
        () => NOW,
      ),
    )
    await result.submit()
    expect(server.calls[0]?.body).toEqual({ opensAt: '2026-12-20T01:00:00.000Z', closesAt: '2026-12-27T01:00:00.000Z' })
    expect(result.created.value?.assignees.map((a) => a.userId)).toEqual(['u2'])
  })

  it('says so when everyone passed', async () => {
    fakeServer({ [`POST /sittings/${SITTING_ID}/makeup`]: serverError(409, '没有需要补考的人员：所有人都已通过') })
    const { result } = await withSetup(() =>
      useMakeup(
        () => SITTING_ID,
        () => NOW,
      ),
    )
    await result.submit()
    expect(result.failure.value).toMatchObject({ message: '没有需要补考的人员：所有人都已通过' })
  })
})
