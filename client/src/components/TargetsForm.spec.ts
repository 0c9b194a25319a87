import { describe, expect, it, vi } from 'vitest'
import { h, reactive } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { ElTableColumn } from 'element-plus'
import type { TargetsFormState } from '@/composables/use-targets-form'
import { createTestApp } from '@/test/test-app'
import TargetsForm from './TargetsForm.vue'

function render(state: Partial<TargetsFormState> = {}) {
  const form = reactive<TargetsFormState>({
    rows: [{ key: 'a', label: '行业政策' }],
    loading: false,
    loadError: null,
    failure: '',
    forbidden: false,
    dirty: false,
    saving: false,
    load: vi.fn(() => Promise.resolve()),
    ...state,
  })
  const wrapper = mount(TargetsForm, {
    props: { form, title: '能力目标', intro: '各维度的期望水平', name: 'demo-targets', rowKey: 'key', saveLabel: '保存目标' },
    slots: { default: () => h(ElTableColumn, { prop: 'label', label: '维度' }) },
    global: { plugins: createTestApp().plugins },
  })
  return { wrapper, form }
}

describe('TargetsForm', () => {
  it('shows the title, the rows in the columns it is given, and saves only once something changed', async () => {
    const { wrapper, form } = render()
    await flushPromises()
    expect(wrapper.text()).toContain('能力目标')
    expect(wrapper.text()).toContain('行业政策')
    expect(wrapper.find('[data-testid="demo-targets-save"]').attributes('disabled')).toBeDefined()
    form.dirty = true
    await flushPromises()
    await wrapper.find('[data-testid="demo-targets-save"]').trigger('click')
    expect(wrapper.emitted('save')).toHaveLength(1)
  })

  it('offers to retry when loading failed, and shows the server’s refusal as a warning when forbidden', async () => {
    const { wrapper, form } = render({ loadError: new Error('网络断开') })
    expect(wrapper.text()).toContain('加载失败')
    expect(wrapper.find('.el-table').exists()).toBe(false)
    await wrapper
      .findAll('button')
      .find((b) => b.text() === '重试')!
      .trigger('click')
    expect(form.load).toHaveBeenCalledOnce()
    Object.assign(form, { loadError: null, failure: '只有公司级管理员可以修改', forbidden: true })
    await flushPromises()
    const failure = wrapper.find('[data-testid="demo-targets-failure"]')
    expect(failure.text()).toContain('只有公司级管理员可以修改')
    expect(failure.html()).toContain('el-alert--warning')
  })
})
