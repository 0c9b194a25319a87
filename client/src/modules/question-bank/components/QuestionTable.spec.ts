import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createTestApp } from '@/test/test-app'
import { questionFixture } from '../testing/fixtures'
import QuestionTable from './QuestionTable.vue'

async function render(items = [questionFixture()]) {
  const app = createTestApp()
  const wrapper = mount(QuestionTable, {
    props: { items, loading: false, emptyText: '暂无题目', canEdit: true, selectedIds: [] },
    global: { plugins: app.plugins },
    attachTo: document.body,
  })
  // el-table renders its rows once its columns have registered
  await flushPromises()
  return wrapper
}

describe('question table flags', () => {
  it('marks a question that item analysis found to discriminate badly', async () => {
    const wrapper = await render([questionFixture({ qualityFlag: '题目分析（2026-11-27）：区分度低或为负，请复核答案和题干' })])
    expect(wrapper.find('[data-testid="quality-flag"]').text()).toBe('区分度异常')
  })

  it('shows no such mark on an ordinary question', async () => {
    expect((await render()).find('[data-testid="quality-flag"]').exists()).toBe(false)
  })
})

describe('question table selection', () => {
  it('names each row’s checkbox by its stem and the header’s by what it selects', async () => {
    const wrapper = await render([questionFixture({ id: 'q1' }), questionFixture({ id: 'q2', content: { ...questionFixture().content, stem: '<p>卷烟零售许可证有效期？</p>' } })])
    // the name a screen reader reads: the text of the input's <label>
    const labels = wrapper.findAll('.el-checkbox input').map((input) => (input.element as HTMLInputElement).labels?.[0]?.textContent?.trim())
    expect(labels[0]).toBe('选择本页全部题目')
    expect(labels[2]).toBe('选择题目：卷烟零售许可证有效期？')
    expect(labels.every((label) => label && label.length > 0)).toBe(true)
  })

  it('selects a row, and every shown row from the header, into the model', async () => {
    const wrapper = await render([questionFixture({ id: 'q1' }), questionFixture({ id: 'q2' })])
    await wrapper.findAll('[data-testid="select-question"] input')[1].setValue(true)
    expect(wrapper.emitted('update:selectedIds')?.at(-1)).toEqual([['q2']])
    await wrapper.setProps({ selectedIds: ['q2'] })
    await wrapper.findAll('.el-checkbox input')[0].setValue(true)
    expect(wrapper.emitted('update:selectedIds')?.at(-1)).toEqual([['q1', 'q2']])
  })
})
