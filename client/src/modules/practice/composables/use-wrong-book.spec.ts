import { describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt } from '@/test/test-app'
import { questionId, wrongEntry } from '../testing/fixtures'

const HOUR = 3_600_000
const at = (ms: number) => new Date(Date.now() + ms).toISOString()

function serve(entries: unknown) {
  const user = seedSession(['staff'])
  return fakeServer({
    'GET /me': json(200, meFor(user)),
    'GET /me/wrong-answers': entries instanceof Response ? entries : json(200, entries),
  })
}

const group = (wrapper: VueWrapper, title: string) =>
  wrapper.findAll('section, details').find((g) => g.find('h2, summary').exists() && g.find('h2, summary').text().startsWith(title))

describe('the 错题本 (useWrongBook, laid out by WrongBookView)', () => {
  it('groups the questions into due now, later and mastered, with counts and when each comes back', async () => {
    serve([
      wrongEntry({
        questionId: questionId(1),
        stem: '假冒商标卷烟可以降价处理销售。',
        type: 'true_false',
        dueAt: at(-HOUR),
        wrongCount: 2,
      }),
      wrongEntry({
        questionId: questionId(2),
        stem: '经营指导面 60%，150 户至少指导多少户？',
        type: 'numeric',
        box: 3,
        dueAt: at(4 * 24 * HOUR),
      }),
      wrongEntry({
        questionId: questionId(3),
        stem: '铃响{{1}}声之内接起。',
        type: 'fill_blank',
        box: 5,
        mastered: true,
        dueAt: at(16 * 24 * HOUR),
      }),
    ])
    const { wrapper } = await mountAppAt('/practice')

    expect(wrapper.find('[data-testid="wrong-book-counts"]').text()).toBe('1 题待复习 · 1 题稍后复习 · 1 题已掌握')
    const due = group(wrapper, '现在复习')!
    expect(due.text()).toContain('假冒商标卷烟可以降价处理销售。')
    expect(due.text()).toContain('答错 2 次')
    expect(due.text()).toContain('该复习了')
    expect(due.text()).toContain('掌握程度 1/5')
    const later = group(wrapper, '稍后复习')!
    expect(later.text()).toContain('4天后复习')
    expect(later.text()).toContain('掌握程度 3/5')
    const mastered = group(wrapper, '已掌握')!
    expect(mastered.element.tagName).toBe('DETAILS')
    expect(mastered.text()).toContain('铃响（1）声之内接起。')
    expect(wrapper.find('[data-testid="practise-due"]').text()).toBe('复习到期的错题（1 题）')
    expect(wrapper.find('[data-testid="practise-due"]').attributes('href')).toBe('/practice/session?source=wrong_book')
    wrapper.unmount()
  })

  it('shows a question’s text as rich text, never as markup', async () => {
    serve([wrongEntry({ stem: '<p>许可证应<strong>悬挂</strong>在显著位置<script>alert(1)</script></p>' })])
    const { wrapper } = await mountAppAt('/practice')

    const item = wrapper.find('[data-testid="wrong-item"]')
    expect(item.find('strong').text()).toBe('悬挂')
    expect(item.find('script').exists()).toBe(false)
    expect(item.text()).not.toContain('<p>')
    wrapper.unmount()
  })

  it('says when the next question is due when none is due now', async () => {
    serve([wrongEntry({ dueAt: at(10 * 60_000 + 1_000) })])
    const { wrapper } = await mountAppAt('/practice')

    expect(wrapper.find('[data-testid="practise-due"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('现在没有到期的错题，下一题10分钟后到期。')
    wrapper.unmount()
  })

  it('explains that wrong answers are collected automatically when the book is empty', async () => {
    serve([])
    const { wrapper } = await mountAppAt('/practice')

    expect(wrapper.find('[data-testid="wrong-book-empty"]').text()).toContain('答错的题目会自动收进错题本')
    wrapper.unmount()
  })

  it('offers to try again when the list cannot be loaded', async () => {
    serve(serverError(503, '服务器繁忙'))
    const { wrapper } = await mountAppAt('/practice')

    expect(wrapper.find('[role="alert"]').text()).toContain('错题本加载失败：服务器繁忙')
    wrapper.unmount()
  })
})
