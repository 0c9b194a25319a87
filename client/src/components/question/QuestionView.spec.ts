import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import { questionsFixture } from '@/modules/exams/testing/fixtures'
import type { AnswerValue, QuestionMode, QuestionReview } from './question-shape'
import QuestionView from './QuestionView.vue'

const question = (slot: number) => questionsFixture().find((q) => q.slot === slot)!

function render(slot: number, options: { answer?: AnswerValue; mode?: QuestionMode; review?: QuestionReview; showPoints?: boolean } = {}) {
  return mount(QuestionView, {
    props: {
      question: question(slot),
      number: slot,
      modelValue: options.answer ?? null,
      mode: options.mode ?? 'answer',
      ...(options.review && { review: options.review }),
      ...(options.showPoints !== undefined && { showPoints: options.showPoints }),
    },
    global: { plugins: [createAppI18n('zh-CN')] },
  })
}
type Wrapper = ReturnType<typeof render>
const lastAnswer = (wrapper: Wrapper) => wrapper.emitted('update:modelValue')?.at(-1)?.[0]
const optionTexts = (wrapper: Wrapper) => wrapper.findAll('label').map((l) => l.text())
const checkedIds = (wrapper: Wrapper) => wrapper.findAll('input:checked').map((i) => (i.element as HTMLInputElement).value)
const enabledControls = (wrapper: Wrapper) =>
  wrapper.findAll('input, select, textarea').filter((c) => !(c.element as HTMLInputElement).matches(':disabled'))

describe('QuestionView, answering (exam and practice)', () => {
  it('labels options A, B, C in the order sent and answers with the option’s id', async () => {
    const wrapper = render(1)
    expect(optionTexts(wrapper)).toEqual(['A交给客户经理代为保管', 'B锁在抽屉里', 'C悬挂在经营场所的显著位置'])
    await wrapper.findAll('input[type="radio"]')[2].setValue(true)
    expect(lastAnswer(wrapper)).toBe('B')
  })

  it('keeps a multiple-choice answer in the options’ order whatever the order of taps', async () => {
    const wrapper = render(2, { answer: ['B'] })
    expect(wrapper.text()).toContain('多选（可选多项）')
    await wrapper.findAll('input[type="checkbox"]')[0].setValue(true)
    expect(lastAnswer(wrapper)).toEqual(['A', 'B'])
  })

  it('answers true or false', async () => {
    const wrapper = render(3)
    await wrapper.findAll('input[type="radio"]')[1].setValue(true)
    expect(lastAnswer(wrapper)).toBe(false)
  })

  it('puts an input box in the sentence for every blank', async () => {
    const wrapper = render(4, { answer: ['3', ''] })
    const blanks = wrapper.findAll('input.question-view__blank')
    expect(blanks).toHaveLength(2)
    expect((blanks[0].element as HTMLInputElement).value).toBe('3')
    await blanks[1].setValue('您好')
    expect(lastAnswer(wrapper)).toEqual(['3', '您好'])
  })

  it('opens the number keypad, shows the unit, and says when the text is not a number', async () => {
    const wrapper = render(5)
    const input = wrapper.find('input[inputmode="decimal"]')
    expect(wrapper.text()).toContain('户')
    await input.setValue('９０')
    expect(lastAnswer(wrapper)).toBe(90)
    await input.setValue('九十')
    expect(wrapper.text()).toContain('请输入数字')
    expect(lastAnswer(wrapper)).toBe(90)
  })

  it('matches with one choice per left item', async () => {
    const wrapper = render(6, { answer: { L1: 'R2' } })
    await wrapper.findAll('select')[1].setValue('R1')
    expect(lastAnswer(wrapper)).toEqual({ L1: 'R2', L2: 'R1' })
  })

  it('orders with up and down buttons, and can accept the order as shown', async () => {
    const wrapper = render(7)
    await wrapper.find('button[aria-label="下移 执行查询"]').trigger('click')
    expect(lastAnswer(wrapper)).toEqual(['S1', 'S3', 'S2'])
    const untouched = render(7)
    await untouched
      .findAll('button')
      .find((b) => b.text() === '按当前顺序作答')!
      .trigger('click')
    expect(lastAnswer(untouched)).toEqual(['S3', 'S1', 'S2'])
  })

  it('counts the characters of an essay', async () => {
    const wrapper = render(8, { answer: '拜访前准备' })
    expect(wrapper.text()).toContain('5 / 20000 字')
    await wrapper.find('textarea').setValue('拜访前准备好资料')
    expect(lastAnswer(wrapper)).toBe('拜访前准备好资料')
  })

  it('lets the page name it for its tests (the root keeps the given test id)', () => {
    const wrapper = mount(QuestionView, {
      props: { question: question(1), mode: 'readonly' },
      attrs: { 'data-testid': 'preview-question' },
      global: { plugins: [createAppI18n('zh-CN')] },
    })
    expect(wrapper.attributes('data-testid')).toBe('preview-question')
  })

  it('shows the points unless told not to (practice scores nothing)', () => {
    expect(render(1).text()).toContain('5 分')
    expect(render(1, { showPoints: false }).text()).not.toContain('5 分')
  })
})

describe('QuestionView, read-only (bank and paper previews)', () => {
  it('shows every type with its options in the order sent, nothing chosen, nothing to change', () => {
    for (const slot of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const wrapper = render(slot, { mode: 'readonly' })
      expect(wrapper.findAll('input:checked')).toHaveLength(0)
      expect(enabledControls(wrapper)).toHaveLength(0)
      expect(wrapper.find('[data-testid="right-answer"]').exists()).toBe(false)
    }
    expect(optionTexts(render(1, { mode: 'readonly' }))).toEqual(['A交给客户经理代为保管', 'B锁在抽屉里', 'C悬挂在经营场所的显著位置'])
    expect(render(4, { mode: 'readonly' }).findAll('input.question-view__blank')).toHaveLength(2)
    expect(
      render(6, { mode: 'readonly' })
        .findAll('option')
        .map((o) => o.text()),
    ).toEqual(['请选择', '明码标价', '专卖许可', '请选择', '明码标价', '专卖许可'])
  })

  it('lists an ordering question as shown, without the buttons to reorder it', () => {
    const wrapper = render(7, { mode: 'readonly' })
    expect(wrapper.findAll('.ordering-input__text').map((r) => r.text())).toEqual(['执行查询', '设置条件', '进入报表'])
    expect(wrapper.findAll('button')).toHaveLength(0)
  })
})

describe('QuestionView, review (result page, trainer’s review)', () => {
  it('shows the candidate’s choice selected under the letters they saw, with correctness and score', () => {
    const wrapper = render(1, { mode: 'review', review: { answer: 'A', state: 'incorrect', score: 0 } })
    expect(optionTexts(wrapper)[1]).toBe('B锁在抽屉里')
    expect(checkedIds(wrapper)).toEqual(['A'])
    expect(wrapper.find('[data-testid="question-state"]').text()).toContain('错误')
    expect(wrapper.text()).toContain('得 0 / 5 分')
    expect(enabledControls(wrapper)).toHaveLength(0)
  })

  it('shows no key, no correctness and no explanation when the server sent none', () => {
    const wrapper = render(2, { mode: 'review', review: { answer: ['A', 'B'] } })
    expect(checkedIds(wrapper)).toEqual(['A', 'B'])
    expect(wrapper.find('[data-testid="question-state"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="right-answer"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="explanation"]').exists()).toBe(false)
    expect(wrapper.find('.is-key').exists()).toBe(false)
  })

  it('marks the right options and writes the key and explanation when the server sent them', () => {
    const wrapper = render(1, {
      mode: 'review',
      review: { answer: 'A', state: 'incorrect', rightAnswer: 'B', explanation: '<p>应当悬挂</p>' },
    })
    expect(wrapper.find('.is-key').text()).toContain('C悬挂在经营场所的显著位置')
    expect(wrapper.find('[data-testid="right-answer"]').text()).toBe('C. 悬挂在经营场所的显著位置')
    expect(wrapper.find('[data-testid="explanation"]').text()).toBe('应当悬挂')
  })

  it('shows each type’s answer as given', () => {
    expect(checkedIds(render(3, { mode: 'review', review: { answer: true } }))).toHaveLength(1)
    expect(
      render(3, { mode: 'review', review: { answer: true } })
        .find('.is-checked')
        .text(),
    ).toContain('对')
    const blanks = render(4, { mode: 'review', review: { answer: ['3', '您好'] } }).findAll('input.question-view__blank')
    expect(blanks.map((b) => (b.element as HTMLInputElement).value)).toEqual(['3', '您好'])
    expect((render(5, { mode: 'review', review: { answer: 90 } }).find('input').element as HTMLInputElement).value).toBe('90')
    const selects = render(6, { mode: 'review', review: { answer: { L1: 'R2', L2: 'R1' } } }).findAll('select')
    expect(selects.map((s) => (s.element as HTMLSelectElement).value)).toEqual(['R2', 'R1'])
    const order = render(7, { mode: 'review', review: { answer: ['S2', 'S1', 'S3'] } }).findAll('.ordering-input__text')
    expect(order.map((r) => r.text())).toEqual(['进入报表', '设置条件', '执行查询'])
    expect((render(8, { mode: 'review', review: { answer: '拜访前准备' } }).find('textarea').element as HTMLTextAreaElement).value).toBe(
      '拜访前准备',
    )
  })

  it('says when nothing was answered, and lists a blank’s accepted answers as the key', () => {
    const wrapper = render(4, { mode: 'review', review: { answer: null, state: 'unanswered', rightAnswer: [['3', '三'], ['您好']] } })
    expect(wrapper.find('[data-testid="your-answer"]').text()).toBe('未作答')
    expect(wrapper.find('[data-testid="right-answer"]').text()).toBe('① 3 / 三② 您好')
  })

  it('shows a marker’s feedback on an essay', () => {
    const wrapper = render(8, { mode: 'review', review: { answer: '拜访前准备', state: 'partial', score: 6, feedback: '要点不全' } })
    expect(wrapper.find('[data-testid="feedback"]').text()).toBe('要点不全')
    expect(wrapper.text()).toContain('部分正确')
    expect(wrapper.text()).toContain('得 6 / 10 分')
  })
})
