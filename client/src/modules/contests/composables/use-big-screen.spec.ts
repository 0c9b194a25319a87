import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { withSetup } from '@/test/test-app'
import { CONTEST_ID, contestFixture, hostFixture } from '../testing/fixtures'
import { useBigScreen } from './use-big-screen'

describe('the big screen (useBigScreen)', () => {
  it('reveals a speaker’s score only once locked, and shows the latest revealed one large', async () => {
    const user = seedSession(['trainer'])
    const later = hostFixture()
    later.speakers[1] = { ...later.speakers[1], locked: true, result: { rank: 2, score: 81.33, aggregated: 83.33, penalty: 2, judges: [] } }
    fakeServer({
      'GET /me': json(200, meFor(user)),
      [`GET /contests/${CONTEST_ID}`]: json(200, contestFixture()),
      [`GET /contests/${CONTEST_ID}/speech`]: [json(200, hostFixture()), json(200, later)],
    })
    const { result } = await withSetup(() => useBigScreen(CONTEST_ID))
    await result.refresh()
    expect(result.title.value).toBe('下半年演讲比赛')
    expect(result.speakers.value.map((s) => s.score)).toEqual([88, null])
    expect(result.latest.value?.name).toBe('王建国')

    await result.refresh()
    await flushPromises()
    expect(result.latest.value).toMatchObject({ name: '李秀兰', score: 81.33 })
    expect(result.standings.value.map((s) => s.rank)).toEqual([1, 2])
  })
})
