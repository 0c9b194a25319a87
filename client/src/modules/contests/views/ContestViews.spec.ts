import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt } from '@/test/test-app'
import { CONTEST_ID, contestFixture, hostFixture, judgingFixture } from '../testing/fixtures'

describe('the contest pages', { timeout: 30_000 }, () => {
  it('tells a trainer with no contests what to do, under the 竞赛 menu item', async () => {
    const user = seedSession(['trainer'])
    fakeServer({ 'GET /me': json(200, meFor(user)), 'GET /contests': json(200, []) })
    const { wrapper } = await mountAppAt('/contests')
    await flushPromises()
    expect(wrapper.text()).toContain('还没有竞赛')
    expect(wrapper.find('[data-testid="contest-create"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('竞赛')
  })

  it('gives the judge one row per rubric item, and the total out of a hundred', async () => {
    const user = seedSession(['staff'])
    fakeServer({ 'GET /me': json(200, meFor(user)), [`GET /contests/${CONTEST_ID}/judging`]: json(200, judgingFixture()) })
    const { wrapper } = await mountAppAt(`/judging/${CONTEST_ID}`)
    await flushPromises()
    const rows = wrapper.findAll('[data-testid="judge-item"]')
    expect(rows.map((r) => r.find('label').text())).toEqual([
      '内容（0–30）',
      '语言表达（0–30）',
      '形象风度（0–20）',
      '脱稿（0–10）',
      '综合印象（0–10）',
    ])
    expect(wrapper.find('[data-testid="judge-total"]').text()).toContain('/ 100')
    expect(wrapper.find('[data-testid="judge-submit"]').attributes('disabled')).toBeDefined()
  })

  it('shows the host the locked speaker’s score with the dropped judge, and nothing for the unlocked one', async () => {
    const user = seedSession(['trainer'])
    fakeServer({
      'GET /me': json(200, meFor(user)),
      [`GET /contests/${CONTEST_ID}`]: json(200, contestFixture()),
      [`GET /contests/${CONTEST_ID}/speech`]: json(200, hostFixture()),
    })
    const { wrapper } = await mountAppAt(`/contests/${CONTEST_ID}/speech`)
    await flushPromises()
    const scores = wrapper.findAll('[data-testid="speaker-score"]')
    expect(scores.map((s) => s.text())).toEqual(['88'])
    expect(wrapper.find('[data-testid="speaker-table"]').text()).toContain('赵评委 91（去掉）')
    expect(wrapper.find('[data-testid="standings"]').text()).toContain('王建国')
    expect(wrapper.find('[data-testid="standings"]').text()).not.toContain('李秀兰')
  })
})
