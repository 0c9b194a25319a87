import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountAppAt } from '@/test/test-app'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { myExamFixture } from '@/modules/exams/testing/fixtures'
import { queueItemFixture, sittingFixture } from '@/modules/exam-admin/testing/fixtures'

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const todoTexts = (wrapper: { findAll: (s: string) => Array<{ text: () => string }> }) =>
  wrapper.findAll('[data-testid="todo-item"]').map((i) => i.text())

// The first mount of the whole app imports every page's code: slow on a busy machine.
describe('home to-do list', { timeout: 20_000 }, () => {
  it('puts a staff member’s open exam and its deadline on the home page, and no 系统管理 heading', async () => {
    const user = seedSession(['staff'], '王五')
    fakeServer({
      'GET /me': json(200, meFor(user)),
      'GET /me/exams': json(200, [myExamFixture({ title: '12月 月度测验', status: 'open', closesAt: inDays(5) })]),
      'GET /me/wrong-answers': json(200, []),
      'GET /me/dimensions': json(200, []),
      'GET /coaching/mine': json(200, []),
    })
    const { wrapper } = await mountAppAt('/')
    await flushPromises()

    const [line] = todoTexts(wrapper)
    expect(line).toContain('考试“12月 月度测验”已开放，截止')
    expect(wrapper.find('[data-testid="todo-item"] a').attributes('href')).toBe('/exams')
    expect(wrapper.find('main').text()).not.toContain('系统管理')
  })

  it('shows a trainer running sittings and essays to mark, and keeps what loaded when one source fails', async () => {
    const user = seedSession(['trainer'])
    fakeServer({
      'GET /me': json(200, meFor(user)),
      'GET /sittings': json(200, [sittingFixture({ title: '12月 月度测验', opensAt: inDays(-1), closesAt: inDays(3) })]),
      'GET /grading/queue': serverError(503, 'down'),
    })
    const { wrapper } = await mountAppAt('/')
    await flushPromises()

    expect(todoTexts(wrapper)).toEqual([expect.stringContaining('“12月 月度测验”考试进行中')])
    expect(wrapper.find('[data-testid="home-todo"]').text()).toContain('部分待办未能加载')
  })

  it('tells a trainer how many essays wait in each sitting', async () => {
    const user = seedSession(['trainer'])
    fakeServer({
      'GET /me': json(200, meFor(user)),
      'GET /sittings': json(200, []),
      'GET /grading/queue': json(200, [queueItemFixture(), queueItemFixture({ slot: 4 })]),
    })
    const { wrapper } = await mountAppAt('/')
    await flushPromises()

    expect(todoTexts(wrapper)).toEqual([expect.stringContaining('有 2 份简答题待评分')])
  })

  it('says so when there is nothing to do', async () => {
    const user = seedSession(['staff'])
    fakeServer({
      'GET /me': json(200, meFor(user)),
      'GET /me/exams': json(200, []),
      'GET /me/wrong-answers': json(200, []),
      'GET /me/dimensions': json(200, []),
      'GET /coaching/mine': json(200, []),
    })
    const { wrapper } = await mountAppAt('/')
    await flushPromises()

    expect(wrapper.find('[data-testid="home-todo-empty"]').text()).toBe('暂无待办事项')
  })

  it('puts the coaching a manager assigned on the person’s to-do, leading to practice on the subject', async () => {
    const user = seedSession(['staff'])
    fakeServer({
      'GET /me': json(200, meFor(user)),
      'GET /me/exams': json(200, []),
      'GET /me/wrong-answers': json(200, []),
      'GET /me/dimensions': json(200, []),
      'GET /coaching/mine': json(200, [
        { id: 'c1', kind: 'practice', dimension: '日常业务', kpi: null, note: '', dueOn: '2099-12-15', overdue: false },
      ]),
    })
    const { wrapper } = await mountAppAt('/')
    await flushPromises()

    const todo = wrapper.find('[data-testid="home-todo"]')
    expect(todo.text()).toContain('帮扶：练习“日常业务”')
    expect(todo.find('a').attributes('href')).toContain('/practice/session?source=dimension')
  })
})
