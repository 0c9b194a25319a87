import { describe, expect, it } from 'vitest'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { withSetup } from '@/test/test-app'
import { LOCALE_STORAGE_KEY } from '@/i18n'
import { errorText } from '@/i18n/error-text'
import { questionFixture, BANK_ID } from '@/modules/question-bank/testing/fixtures'
import { paperFixture } from '../testing/fixtures'
import { usePaperForm } from './use-paper-form'

const SHORTFALL = '第 2 条抽题规则需要 50 道题，只有 12 道可用（已排除停用和待复核的题目）'

async function blueprintForm() {
  const { result } = await withSetup(() => usePaperForm())
  result.form.title = '12月 月度测验'
  result.rules.value[0].bankId = BANK_ID
  result.addRule()
  result.rules.value[1].type = 'single'
  result.rules.value[1].count = 50
  return result
}

describe('building a blueprint paper', () => {
  it('adds up questions and points as the rules are written', async () => {
    const form = await blueprintForm()
    expect(form.summary.value).toEqual({ count: 55, score: 110 })
  })

  it('sends only the conditions the trainer set', async () => {
    const form = await blueprintForm()
    expect(form.toBody().rules).toEqual([
      { bankId: BANK_ID, count: 5, points: 2 },
      { bankId: BANK_ID, count: 50, points: 2, type: 'single' },
    ])
  })

  it('highlights the rule the bank cannot fill, with the counts and the server message', async () => {
    fakeServer({ 'POST /papers': serverError(400, `rules[1]: ${SHORTFALL}`, { ruleIndex: 1, needed: 50, available: 12 }) })
    const form = await blueprintForm()
    expect(await form.submit()).toBeNull()
    expect(form.shortfallOf(0)).toBeNull()
    expect(form.shortfallOf(1)).toMatchObject({ needed: 50, available: 12 })
    expect(form.shortfallOf(1)?.message).toContain('只有 12 道可用')
  })

  it('takes the highlight away once that rule is changed', async () => {
    fakeServer({ 'POST /papers': serverError(400, `rules[1]: ${SHORTFALL}`, { ruleIndex: 1, needed: 50, available: 12 }) })
    const form = await blueprintForm()
    await form.submit()
    form.rules.value[1].count = 10
    expect(form.shortfallOf(1)).toBeNull()
  })

  it('still finds the rule from the message when the details are missing', async () => {
    fakeServer({ 'POST /papers': serverError(400, `rules[1]: ${SHORTFALL}`) })
    const form = await blueprintForm()
    await form.submit()
    expect(form.shortfallOf(1)?.ruleIndex).toBe(1)
  })

  it('does not send a rule without a bank', async () => {
    const { calls } = fakeServer({})
    const { result } = await withSetup(() => usePaperForm())
    result.form.title = 'x'
    expect(await result.submit()).toBeNull()
    expect(calls).toHaveLength(0)
    expect(result.failure.value).toMatchObject({ message: expect.stringContaining('请选择题库') })
  })
})

describe('building a fixed paper', () => {
  const q = (id: string, stem: string) => questionFixture({ id, key: id, content: { ...questionFixture().content, stem, points: 3 } })

  it('adds picked questions once, with their points, and reorders them', async () => {
    const { result } = await withSetup(() => usePaperForm())
    result.form.kind = 'fixed'
    result.addQuestions(0, [q('q1', '<p>第一题</p>'), q('q2', '第二题')])
    result.addQuestions(0, [q('q1', '第一题')])
    expect(result.sections.value[0].slots.map((s) => s.stem)).toEqual(['第一题', '第二题'])
    result.moveSlot(0, 1, -1)
    expect(result.sections.value[0].slots.map((s) => s.questionId)).toEqual(['q2', 'q1'])
    expect(result.summary.value).toEqual({ count: 2, score: 6 })
  })

  it('marks the question the server refused (retired or awaiting review)', async () => {
    const id = '22222222-2222-4222-8222-222222222299'
    fakeServer({ 'POST /papers': serverError(400, `sections: 题目 ${id} 已停用，不能用于新试卷`) })
    const { result } = await withSetup(() => usePaperForm())
    result.form.kind = 'fixed'
    result.form.title = '固定卷'
    result.addQuestions(0, [q(id, '停用的题')])
    await result.submit()
    expect(result.rejectedQuestionId.value).toBe(id)
    expect(result.failure.value).toMatchObject({ message: expect.stringContaining('已停用') })
  })

  it('marks the refused question by the error’s params and says why in English', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en')
    const id = '22222222-2222-4222-8222-222222222298'
    const message = `sections: 题目 ${id} 的依据文件已废止，复核前不能用于新试卷`
    fakeServer({
      'POST /papers': json(400, {
        statusCode: 400,
        error: 'Bad Request',
        code: 'exams.paper.questionNeedsReview',
        message,
        params: { questionId: id },
      }),
    })
    const { result } = await withSetup(() => usePaperForm())
    result.form.kind = 'fixed'
    result.form.title = 'Fixed paper'
    result.addQuestions(0, [q(id, '待复核的题')])
    await result.submit()
    expect(result.rejectedQuestionId.value).toBe(id)
    expect(errorText(result.failure.value)).toBe(`Question ${id} cites a superseded source; review it before using it in a new paper.`)
  })

  it('saves the sections with their slots', async () => {
    const { calls } = fakeServer({ 'POST /papers': json(201, paperFixture({ kind: 'fixed' })) })
    const { result } = await withSetup(() => usePaperForm())
    result.form.kind = 'fixed'
    result.form.title = '固定卷'
    result.addQuestions(0, [q('q1', '一')])
    result.addSection()
    expect(await result.submit()).not.toBeNull()
    expect(calls[0]?.body).toMatchObject({ kind: 'fixed', sections: [{ title: '第 1 部分', slots: [{ questionId: 'q1', points: 3 }] }] })
  })
})
