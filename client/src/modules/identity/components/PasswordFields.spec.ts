import { describe, expect, it } from 'vitest'
import { defineComponent, h, reactive } from 'vue'
import { mount } from '@vue/test-utils'
import { ElForm } from 'element-plus'
import { createTestApp } from '@/test/test-app'
import PasswordFields from './PasswordFields.vue'

function render(confirm: boolean) {
  const form = reactive({ password: '', again: '' })
  const Host = defineComponent(
    () => () =>
      h(ElForm, { model: form }, () =>
        h(PasswordFields, {
          label: '新密码',
          prop: 'password',
          ...(confirm && { confirmProp: 'again' }),
          password: form.password,
          'onUpdate:password': (v: string) => (form.password = v),
          confirmation: form.again,
          'onUpdate:confirmation': (v: string) => (form.again = v),
        }),
      ),
  )
  const wrapper = mount(Host, { global: { plugins: createTestApp().plugins } })
  return { wrapper, form }
}

describe('PasswordFields', () => {
  it('asks for the password once, hidden, as a new password', async () => {
    const { wrapper, form } = render(false)
    const inputs = wrapper.findAll('input')
    expect(inputs).toHaveLength(1)
    expect(inputs[0]?.attributes('type')).toBe('password')
    expect(inputs[0]?.attributes('autocomplete')).toBe('new-password')
    expect(wrapper.text()).toContain('新密码')
    await inputs[0]?.setValue('correct-horse-1')
    expect(form.password).toBe('correct-horse-1')
  })

  it('with a confirmation asks for it again under its own label', async () => {
    const { wrapper, form } = render(true)
    const inputs = wrapper.findAll('input')
    expect(inputs).toHaveLength(2)
    expect(wrapper.text()).toContain('确认新密码')
    await inputs[1]?.setValue('correct-horse-2')
    expect(form.again).toBe('correct-horse-2')
  })
})
