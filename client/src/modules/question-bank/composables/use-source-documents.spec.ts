import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import { useSourceDocuments } from './use-source-documents'

const doc = (title: string, questionCount: number, needsReviewCount = 0) => ({
  title,
  questionCount,
  needsReviewCount,
  supersededAt: null,
  supersededNote: null,
})

describe('useSourceDocuments', () => {
  it('lists documents with those awaiting review first', async () => {
    seedSession(['trainer'])
    fakeServer({ 'GET /source-documents': json(200, [doc('价格法', 4), doc('专卖法', 19), doc('实施条例', 21, 3)]) })
    const { result } = await withSetup(() => useSourceDocuments())
    await flushPromises()

    expect(result.sorted.value.map((d) => d.title)).toEqual(['实施条例', '专卖法', '价格法'])
  })

  it('marks a document superseded and says how many questions were flagged', async () => {
    seedSession(['trainer'])
    const server = fakeServer({
      'GET /source-documents': json(200, [doc('中华人民共和国烟草专卖法实施条例', 21)]),
      'POST /source-documents/supersede': json(200, { flagged: 21 }),
    })
    const { result } = await withSetup(() => useSourceDocuments())
    await flushPromises()

    result.openFor('中华人民共和国烟草专卖法实施条例')
    result.form.note = ' 2026 年修订 '
    await result.submit()

    expect(server.calls.find((c) => c.method === 'POST')?.body).toEqual({ title: '中华人民共和国烟草专卖法实施条例', note: '2026 年修订' })
    expect(result.flagged.value).toBe(21)
    expect(result.dialogOpen.value).toBe(true)
  })
})
