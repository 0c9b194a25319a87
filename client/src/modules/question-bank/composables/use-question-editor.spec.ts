import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { BANK_ID, QUESTION_ID, bankFixture, questionFixture } from '../testing/fixtures'
import { useQuestionEditor } from './use-question-editor'

function serve(extra: Record<string, Response> = {}) {
  return fakeServer({
    [`GET /question-banks/${BANK_ID}`]: json(200, bankFixture()),
    [`GET /question-banks/${BANK_ID}/categories`]: json(200, []),
    'GET /source-documents': json(200, []),
    [`GET /questions/${QUESTION_ID}`]: json(200, questionFixture()),
    ...extra,
  })
}

async function editor(questionId?: string) {
  const setup = await withSetup(() => useQuestionEditor(() => BANK_ID, () => questionId), { path: `/question-banks/${BANK_ID}` })
  await flushPromises()
  return { ...setup, editor: setup.result }
}

describe('useQuestionEditor', () => {
  it('previews a new question as the candidate sees it, without the answer', async () => {
    seedSession(['trainer'])
    serve()
    const { editor: e } = await editor()

    e.form.value.stem = '许可证有效期为几年？'
    e.form.value.options.forEach((o, i) => (o.text = ['3年', '5年', '10年', '永久'][i] ?? ''))
    e.form.value.options[1].correct = true
    const [a, b, c, d] = e.form.value.options.map((o) => o.id)

    expect(e.preview.value).toEqual({
      type: 'single',
      stem: '许可证有效期为几年？',
      options: [
        { id: a, text: '3年' },
        { id: b, text: '5年' },
        { id: c, text: '10年' },
        { id: d, text: '永久' },
      ],
    })
    expect(e.previewMode.value).toBe('phone')
  })

  it('creates the question and opens it for editing', async () => {
    seedSession(['trainer'])
    const created = questionFixture()
    const server = serve({ [`POST /question-banks/${BANK_ID}/questions`]: json(201, created) })
    const { editor: e, router } = await editor()
    e.form.value.stem = '有效期？'
    e.form.value.options.forEach((o, i) => (o.text = `选项${i}`))
    e.form.value.options[0].correct = true

    expect(await e.save()).toBe(true)
    await flushPromises()

    expect(server.calls.find((c) => c.method === 'POST')?.body).toMatchObject({ type: 'single', stem: '有效期？', answer: e.form.value.options[0].id })
    expect(router.currentRoute.value.params.questionId).toBe(created.id)
  })

  it('saves an edit as a new version with the change note', async () => {
    seedSession(['trainer'])
    const server = serve({ [`PUT /questions/${QUESTION_ID}`]: json(200, questionFixture({ currentVersion: 2 })) })
    const { editor: e } = await editor(QUESTION_ID)
    expect(e.form.value.stem).toBe('零售许可证有效期为几年？')

    e.form.value.stem = '烟草专卖零售许可证有效期为几年？'
    e.form.value.changeNote = '题干更准确'
    await e.save()

    expect(server.calls.find((c) => c.method === 'PUT')?.body).toMatchObject({ stem: '烟草专卖零售许可证有效期为几年？', changeNote: '题干更准确', answer: 'B' })
    expect(e.question.value?.currentVersion).toBe(2)
    expect(e.form.value.changeNote).toBe('')
    expect(e.savedCount.value).toBe(1)
  })

  it('shows the server’s objection next to the field it names', async () => {
    seedSession(['trainer'])
    serve({
      [`PUT /questions/${QUESTION_ID}`]: serverError(400, 'answer: 答案「C」不是任何一个选项', {
        problems: [{ field: 'answer', message: '答案「C」不是任何一个选项' }],
      }),
    })
    const { editor: e } = await editor(QUESTION_ID)

    expect(await e.save()).toBe(false)

    expect(e.fieldErrors.value).toEqual({ answer: ['答案「C」不是任何一个选项'] })
    expect(e.topErrors.value).toEqual([])
  })

  it('catches empty options before sending, in the trainer’s language', async () => {
    seedSession(['trainer'])
    const server = serve()
    const { editor: e } = await editor()
    e.form.value.stem = '题干'

    expect(await e.save()).toBe(false)

    expect(e.fieldErrors.value).toEqual({ options: ['每一项都要填写内容'] })
    expect(server.calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('does not let a manager save', async () => {
    seedSession(['manager'])
    const server = serve({ [`GET /question-banks/${BANK_ID}`]: json(200, bankFixture({ canEdit: false })) })
    const { editor: e } = await editor(QUESTION_ID)

    expect(e.canEdit.value).toBe(false)
    expect(await e.save()).toBe(false)
    expect(server.calls.some((c) => c.method === 'PUT')).toBe(false)
  })
})
