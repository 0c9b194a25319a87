import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountAppAt } from '@/test/test-app'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'

describe('home dashboard', () => {
  it('welcomes a customer manager with name, role and unit, and their features', async () => {
    const user = seedSession(['staff'], '王五')
    fakeServer({ 'GET /me': json(200, meFor(user, '城东客户服务部')) })
    const { wrapper } = await mountAppAt('/')
    await flushPromises()

    const main = wrapper.find('main').text()
    expect(main).toContain('王五，您好')
    expect(main).toContain('客户经理')
    expect(main).toContain('城东客户服务部')
    const exams = wrapper.find('[data-testid="feature-myExams"]')
    expect(exams.text()).toContain('我的考试')
    expect(exams.text()).toContain('进入')
    expect(wrapper.find('[data-testid="feature-myTrainings"]').text()).toContain('进入')
    expect(wrapper.find('[data-testid="feature-myTrainings"]').text()).not.toContain('即将推出')
    expect(wrapper.find('[data-testid="feature-practice"]').text()).toContain('错题本')
    expect(wrapper.find('[data-testid="feature-users"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="feature-questionBanks"]').exists()).toBe(false)
  })

  it('gives an administrator working links to users and units and no exam cards', async () => {
    const user = seedSession(['admin'])
    fakeServer({ 'GET /me': json(200, meFor(user)) })
    const { wrapper } = await mountAppAt('/')

    expect(wrapper.find('[data-testid="feature-users"]').text()).toContain('进入')
    expect(wrapper.find('[data-testid="feature-units"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="feature-myExams"]').exists()).toBe(false)
  })

  it('still greets the user when the profile cannot be loaded', async () => {
    seedSession(['trainer'], '赵六')
    fakeServer({ 'GET /me': serverError(503, 'down') })
    const { wrapper } = await mountAppAt('/')

    expect(wrapper.find('main').text()).toContain('赵六，您好')
    expect(wrapper.find('main').text()).toContain('未分配单位')
    expect(wrapper.find('[data-testid="feature-questionBanks"]').exists()).toBe(true)
  })
})
