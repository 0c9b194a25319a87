import { describe, expect, it } from 'vitest'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { QUESTION_ID } from '../testing/fixtures'
import { useQuestionVersions } from './use-question-versions'

const base = {
  type: 'single',
  options: [
    { id: 'A', text: '3年' },
    { id: 'B', text: '5年' },
  ],
  answer: 'B',
}
const versions = [
  {
    version: 3,
    content: { ...base, stem: '专卖零售许可证有效期？', answer: 'A' },
    createdAt: '2026-11-03T08:00:00Z',
    createdByName: '陈老师',
    changeNote: '改答案',
  },
  {
    version: 2,
    content: { ...base, stem: '专卖零售许可证有效期？' },
    createdAt: '2026-11-02T08:00:00Z',
    createdByName: '陈老师',
    changeNote: '题干',
  },
  {
    version: 1,
    content: { ...base, stem: '许可证有效期？' },
    createdAt: '2026-11-01T08:00:00Z',
    createdByName: '陈老师',
    changeNote: null,
  },
]

async function setup() {
  seedSession(['trainer'])
  fakeServer({ [`GET /questions/${QUESTION_ID}/versions`]: json(200, versions) })
  const { result } = await withSetup(() => useQuestionVersions(() => QUESTION_ID))
  await result.load()
  return result
}

describe('useQuestionVersions', () => {
  it('compares the latest version with the one before by default, changed fields only', async () => {
    const history = await setup()

    expect([history.from.value, history.to.value]).toEqual([2, 3])
    expect(history.shown.value.map((f) => f.field)).toEqual(['answer'])
  })

  it('compares any two versions, in either order, oldest as “before”', async () => {
    const history = await setup()
    history.from.value = 3
    history.to.value = 1

    const stem = history.changed.value.find((f) => f.field === 'stem')
    expect(stem).toMatchObject({ before: '许可证有效期？', after: '专卖零售许可证有效期？' })
    expect(stem?.pieces).toContainEqual({ op: 'insert', text: '专卖零售' })
  })

  it('can show the unchanged fields too', async () => {
    const history = await setup()
    history.compareWithPrevious(2)
    history.showUnchanged.value = true

    expect(history.shown.value.map((f) => [f.field, f.changed])).toEqual([
      ['type', false],
      ['stem', true],
      ['options', false],
      ['answer', false],
    ])
  })

  it('restores an earlier version as a new one and reloads the history', async () => {
    seedSession(['trainer'])
    const restored = [
      { version: 4, content: versions[2].content, createdAt: '2026-11-04T08:00:00Z', createdByName: '陈老师', changeNote: '恢复第 1 版' },
      ...versions,
    ]
    const server = fakeServer({
      [`GET /questions/${QUESTION_ID}/versions`]: [json(200, versions), json(200, restored)],
      [`POST /questions/${QUESTION_ID}/revert`]: json(200, {}),
    })
    const { result } = await withSetup(() => useQuestionVersions(() => QUESTION_ID))
    await result.load()

    expect(await result.restore(1)).toBe(true)
    expect(server.calls.find((c) => c.method === 'POST')?.body).toEqual({ version: 1 })
    expect(result.versions.value[0]).toMatchObject({ version: 4, changeNote: '恢复第 1 版' })
  })

  it('keeps the server’s refusal to show, and reports the restore failed', async () => {
    seedSession(['trainer'])
    fakeServer({
      [`GET /questions/${QUESTION_ID}/versions`]: json(200, versions),
      [`POST /questions/${QUESTION_ID}/revert`]: serverError(404, '这道题没有第 9 版'),
    })
    const { result } = await withSetup(() => useQuestionVersions(() => QUESTION_ID))
    await result.load()

    expect(await result.restore(9)).toBe(false)
    expect(result.error.value).toBeTruthy()
  })
})
