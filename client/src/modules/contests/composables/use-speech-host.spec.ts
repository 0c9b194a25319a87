import { describe, expect, it } from 'vitest'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { withSetup } from '@/test/test-app'
import { CONTEST_ID, contestFixture, hostFixture, JUDGE_A, SPEAKER_1, SPEAKER_2 } from '../testing/fixtures'
import { useSpeechHost } from './use-speech-host'

describe('the host’s console (useSpeechHost)', () => {
  it('ranks only locked speakers and shows which judge was dropped', async () => {
    const user = seedSession(['trainer'])
    fakeServer({
      'GET /me': json(200, meFor(user)),
      [`GET /contests/${CONTEST_ID}`]: json(200, contestFixture()),
      [`GET /contests/${CONTEST_ID}/speech`]: json(200, hostFixture()),
    })
    const { result } = await withSetup(() => useSpeechHost(CONTEST_ID))
    await result.load()
    expect(result.standings.value.map((s) => [s.name, s.result?.score])).toEqual([['王建国', 88]])
    expect(result.standings.value[0].result?.judges.filter((j) => j.dropped).map((j) => j.name)).toEqual(['赵评委'])
    expect(result.judgeName(JUDGE_A)).toBe('赵评委')
  })

  it('locks a speaker and takes the server’s new view; a correction goes with its reason', async () => {
    const user = seedSession(['trainer'])
    const locked = hostFixture()
    locked.speakers[1] = { ...locked.speakers[1], locked: true }
    const { calls } = fakeServer({
      'GET /me': json(200, meFor(user)),
      [`GET /contests/${CONTEST_ID}`]: json(200, contestFixture()),
      [`GET /contests/${CONTEST_ID}/speech`]: json(200, hostFixture()),
      [`POST /contests/${CONTEST_ID}/speeches/${SPEAKER_2}/lock`]: json(200, locked),
      [`POST /contests/${CONTEST_ID}/speeches/${SPEAKER_1}/scores/${JUDGE_A}/correction`]: json(200, hostFixture()),
    })
    const { result } = await withSetup(() => useSpeechHost(CONTEST_ID))
    await result.load()
    expect(await result.lock(SPEAKER_2)).toBe(true)
    expect(result.view.value?.speakers[1].locked).toBe(true)
    expect(await result.requestCorrection(SPEAKER_1, JUDGE_A, { content: 25 }, '录入错误')).toBe(true)
    expect(calls.at(-1)?.body).toEqual({ items: { content: 25 }, reason: '录入错误' })
  })
})
