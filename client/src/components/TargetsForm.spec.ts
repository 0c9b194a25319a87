import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { ElTableColumn } from 'element-plus'
import { createTestApp } from '@/test/test-app'
import TargetsForm from './TargetsForm.vue'

const base: {
  title: string
  intro: string
  name: string
  rows: object[]
  rowKey: string
  loading: boolean
  loadError: unknown
  failure: string
  forbidden: boolean
  dirty: boolean
  saving: boolean
  saveLabel: string
} = {
  title: '能力目标',
  intro: '各维度的期望水平',
  name: 'demo-targets',
  rows: [{ key: 'a', label: '行业政策' }],
  rowKey: 'key',
  loading: false,
  loadError: null,
  failure: '',
  forbidden: false,
  dirty: false,
  saving: false,
  saveLabel: '保存目标',
}

function render(props: Partial<typeof base> = {}) {
  return mount(TargetsForm, {
    props: { ...base, ...props },
    slots: { default: () => h(ElTableColumn, { prop: 'label', label: '维度' }) },
    global: { plugins: createTestApp().plugins },
  })
}

describe('TargetsForm', () => {
  it('shows the title, the rows in the columns it is given, and saves only once something changed', async () => {
    const wrapper = render()
    await flushPromises()
    expect(wrapper.text()).toContain('能力目标')
    expect(wrapper.text()).toContain('行业政策')
    const save = wrapper.find('[data-testid="demo-targets-save"]')
    expect(save.attributes('disabled')).toBeDefined()
    await wrapper.setProps({ dirty: true })
    await wrapper.find('[data-testid="demo-targets-save"]').trigger('click')
    expect(wrapper.emitted('save')).toHaveLength(1)
  })

  it('offers to retry when loading failed, and shows the server’s refusal as a warning when forbidden', async () => {
    const wrapper = render({ loadError: new Error('网络断开') })
    expect(wrapper.text()).toContain('加载失败')
    expect(wrapper.find('.el-table').exists()).toBe(false)
    await wrapper.findAll('button').find((b) => b.text() === '重试')!.trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)
    await wrapper.setProps({ loadError: null, failure: '只有公司级管理员可以修改', forbidden: true })
    const failure = wrapper.find('[data-testid="demo-targets-failure"]')
    expect(failure.text()).toContain('只有公司级管理员可以修改')
    expect(failure.html()).toContain('el-alert--warning')
  })
})
