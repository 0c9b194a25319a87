import { defineComponent, h, reactive } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ElButton, ElForm, ElFormItem, ElInput } from 'element-plus'
import { useValidatedSubmit } from './use-validated-submit'

function mountForm(action: () => Promise<void>) {
  const model = reactive({ name: '' })
  let api: ReturnType<typeof useValidatedSubmit> | undefined
  const Host = defineComponent({
    setup() {
      api = useValidatedSubmit(action)
      return () =>
        h(
          ElForm,
          {
            ref: 'formEl',
            model,
            rules: { name: [{ required: true, message: '必填' }] },
            onSubmit: (e: Event) => {
              e.preventDefault()
              void api?.submit()
            },
          },
          () => [
            h(ElFormItem, { prop: 'name' }, () =>
              h(ElInput, { modelValue: model.name, 'onUpdate:modelValue': (v: string) => (model.name = v) }),
            ),
            h(ElButton, { nativeType: 'submit' }, () => 'OK'),
          ],
        )
    },
  })
  const wrapper = mount(Host)
  return { wrapper, model, submit: () => api?.submit() ?? Promise.resolve() }
}

describe('useValidatedSubmit', () => {
  it('does not run the action while the form is invalid', async () => {
    const action = vi.fn(() => Promise.resolve())
    const { submit } = mountForm(action)

    await submit()

    expect(action).not.toHaveBeenCalled()
  })

  it('runs the action once the form is valid, and only once for a double press', async () => {
    let finish: () => void = () => undefined
    const action = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    const { model, submit } = mountForm(action)
    model.name = '张三'

    const first = submit()
    await flushPromises()
    await submit()
    finish()
    await first

    expect(action).toHaveBeenCalledTimes(1)
  })

  it('submits when Enter is pressed in a field (native form submit)', async () => {
    const action = vi.fn(() => Promise.resolve())
    const { wrapper, model } = mountForm(action)
    model.name = '张三'

    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(action).toHaveBeenCalledTimes(1)
  })
})
