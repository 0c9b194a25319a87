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
