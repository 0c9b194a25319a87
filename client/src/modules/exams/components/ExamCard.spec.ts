import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createTestApp } from '@/test/test-app'
import { myExamFixture, SERVER_NOW } from '../testing/fixtures'
import ExamCard from './ExamCard.vue'

async function render(exam = myExamFixture()) {
  const app = createTestApp()
  const wrapper = mount(ExamCard, { props: { exam, starting: false, formatTime: (iso: string) => iso }, global: { plugins: app.plugins } })
  await flushPromises()
  return wrapper
}

describe('an exam card', () => {
  it('counts down the time left on an attempt in progress by the server’s clock, whatever this device’s clock says', async () => {
    const deadline = new Date(Date.parse(SERVER_NOW) + 12 * 60_000 + 30_000).toISOString()
    const wrapper = await render(myExamFixture({ status: 'in_progress', inProgressAttemptId: 'a1', inProgressDeadline: deadline }))

    expect(wrapper.find('[data-testid="exam-countdown"]').text()).toMatch(/^剩余时间 12:(30|29)$/)
  })

  it('shows no countdown on an exam not started', async () => {
    expect((await render()).find('[data-testid="exam-countdown"]').exists()).toBe(false)
  })
})
