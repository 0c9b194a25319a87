import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import type { AnswerValue } from '../answer-value'
import { questionsFixture } from '../testing/fixtures'
import QuestionView from './QuestionView.vue'

function render(slot: number, answer: AnswerValue = null) {
  const question = questionsFixture().find((q) => q.slot === slot)!
  return mount(QuestionView, {
    props: { question, number: slot, answer, saveState: null, flagged: false },
    global: { plugins: [createAppI18n('zh-CN')] },
  })
}
const lastAnswer = (wrapper: ReturnType<typeof render>) => wrapper.emitted('answer')?.at(-1)?.[0]

describe('QuestionView', () => {
  it('labels options A, B, C by position and answers with the option’s id', async () => {
    const wrapper = render(1)
    expect(wrapper.findAll('label').map((l) => l.text())).toEqual(['A交给客户经理代为保管', 'B锁在抽屉里', 'C悬挂在经营场所的显著位置'])
    await wrapper.findAll('input[type="radio"]')[2].setValue(true)
    expect(lastAnswer(wrapper)).toBe('B')
  })

  it('keeps a multiple-choice answer in the options’ order whatever the order of taps', async () => {
    const wrapper = render(2, ['B'])
    await wrapper.findAll('input[type="checkbox"]')[0].setValue(true)
    expect(lastAnswer(wrapper)).toEqual(['A', 'B'])
  })

  it('puts an input box in the sentence for every blank', async () => {
    const wrapper = render(4, ['3', ''])
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
    const wrapper = render(6, { L1: 'R2' })
    await wrapper.findAll('select')[1].setValue('R1')
    expect(lastAnswer(wrapper)).toEqual({ L1: 'R2', L2: 'R1' })
  })

  it('orders with up and down buttons, and can accept the order as shown', async () => {
    const wrapper = render(7)
    await wrapper.find('button[aria-label="下移 执行查询"]').trigger('click')
    expect(lastAnswer(wrapper)).toEqual(['S1', 'S3', 'S2'])
    await wrapper.findAll('button').find((b) => b.text() === '按当前顺序作答')!.trigger('click')
    expect(lastAnswer(wrapper)).toEqual(['S3', 'S1', 'S2'])
  })

  it('in practice shows neither points nor a flag nor a save state, and answers the same way', async () => {
    const question = questionsFixture().find((q) => q.slot === 1)!
    const wrapper = mount(QuestionView, {
      props: { question, number: 1, answer: null, saveState: null, flagged: false, mode: 'practice' },
      global: { plugins: [createAppI18n('zh-CN')] },
    })
    expect(wrapper.text()).not.toContain('5 分')
    expect(wrapper.text()).not.toContain('标记')
    expect(wrapper.find('[data-testid="save-state"]').exists()).toBe(false)
    await wrapper.findAll('input[type="radio"]')[0].setValue(true)
    expect(wrapper.emitted('answer')?.at(-1)?.[0]).toBe('C')
  })

  it('counts the characters of an essay', () => {
    expect(render(8, '拜访前准备').text()).toContain('5 / 20000 字')
  })
})
