import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { apiToken, horizontalOverflow, openBrowser, signIn, type Browser } from './support/browser'

const baseUrl = inject('baseUrl')
const PHONE = { width: 360, height: 740 }
/** Set E2E_SHOTS=/some/dir to keep screenshots for a look by eye. */
const shotsDir = process.env.E2E_SHOTS

async function shot(page: Page, name: string): Promise<void> {
  if (!shotsDir) return
  await page.waitForTimeout(500) // let drawers and dialogs finish sliding in
  await page.screenshot({ path: `${shotsDir}/${name}.png` })
}

type AnsweredKind = 'choice' | 'numeric' | 'blanks' | 'matching' | 'ordering' | 'essay'

/**
 * Answers whatever question is on screen (on the exam page or in practice), the way a candidate
 * would. A number is answered with an absurd value, so the 错题本 is sure to get a wrong answer.
 */
async function answerCurrent(page: Page): Promise<AnsweredKind> {
  const question = page.getByTestId('question')
  const choices = question.locator('label:has(input[type="radio"]), label:has(input[type="checkbox"])')
  if (await choices.count()) {
    await choices.first().click()
    return 'choice'
  }
  const numeric = question.locator('input[inputmode="decimal"]')
  if (await numeric.count()) {
    await numeric.fill(ABSURD_NUMBER)
    return 'numeric'
  }
  const blanks = question.locator('input.question-view__blank')
  if (await blanks.count()) {
    for (const blank of await blanks.all()) await blank.fill('3')
    return 'blanks'
  }
  const selects = question.locator('select')
  if (await selects.count()) {
    for (const select of await selects.all()) await select.selectOption({ index: 1 })
    return 'matching'
  }
  const keepOrder = question.getByRole('button', { name: '按当前顺序作答' })
  if (await keepOrder.count()) {
    await keepOrder.click()
    return 'ordering'
  }
  await question.locator('textarea').fill('按线路走访，宣传政策，记录并跟踪。')
  return 'essay'
}

const ABSURD_NUMBER = '-99999'
/** The question's text, without blanks or whitespace, to find it again in the 错题本. */
const stemOf = async (page: Page) => (await page.getByTestId('question').locator('.question-view__stem').innerText()).replace(/\s+/g, '')

const saveState = (page: Page) => page.getByTestId('question').getByTestId('save-state').innerText()

/** Remaining whole minutes shown by the countdown (mm:ss). */
async function countdownMinutes(page: Page): Promise<number> {
  const text = await page.getByTestId('countdown').innerText()
  const match = /(\d+):(\d\d)\s*$/.exec(text)
  if (!match) throw new Error(`no time in the countdown: ${text}`)
  return Number(match[1]) + Number(match[2]) / 60
}

describe.skipIf(!baseUrl)('taking the monthly exam on a phone', () => {
  let browser: Browser
  /** The text of the number question answered with an absurd value: surely wrong. */
  let wrongOnPurpose: string | null = null

  beforeAll(async () => {
    browser = await openBrowser(baseUrl, PHONE)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('saves answers, keeps the ones made offline until the network returns, and submits', async () => {
    const { page, context } = browser
    await signIn(page, 'staff07')

    await page.getByTestId('menu-toggle').click()
    await page.locator('#app-drawer').getByText('我的考试').click()
    await page.waitForURL('**/exams')
    await page.locator('#app-drawer').waitFor({ state: 'hidden' })
    const card = page.getByTestId('exam-card').first()
    await expect.poll(() => card.innerText()).toContain('开始考试')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await shot(page, '1-my-exams')

    await card.getByRole('button', { name: '开始考试' }).click()
    await page.getByRole('button', { name: '开始', exact: true }).click()
    await page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/)
    const attemptId = new URL(page.url()).pathname.split('/').pop() ?? ''
    await expect.poll(() => page.getByTestId('question').count()).toBe(1)

    for (let n = 1; n <= 3; n++) {
      if ((await answerCurrent(page)) === 'numeric') wrongOnPurpose = await stemOf(page)
      await expect.poll(() => saveState(page)).toBe('已保存')
      if (n === 1) await shot(page, '2-question-saved')
      await page.getByRole('button', { name: /下一题/ }).click()
    }

    await context.setOffline(true)
    for (let n = 4; n <= 5; n++) {
      if ((await answerCurrent(page)) === 'numeric') wrongOnPurpose = await stemOf(page)
      await expect.poll(() => saveState(page)).toBe('未保存（离线）')
      if (n === 4) await page.getByRole('button', { name: /下一题/ }).click()
    }
    const banner = page.getByTestId('outbox-banner')
    await expect.poll(() => banner.innerText()).toContain('2 个答案尚未保存')
    await shot(page, '3-offline-banner')

    await context.setOffline(false)
    await expect.poll(() => saveState(page), { timeout: 20_000 }).toBe('已保存')
    await expect.poll(() => banner.count()).toBe(0)
    await page.getByRole('button', { name: /上一题/ }).click()
    await expect.poll(() => saveState(page)).toBe('已保存')

    // The server, not just the page, holds all five answers.
    const token = await apiToken(baseUrl, 'staff07')
    const res = await fetch(`${baseUrl}/api/attempts/${attemptId}`, { headers: { Authorization: `Bearer ${token}` } })
    const attempt = (await res.json()) as { answers: Array<{ slot: number; answer: unknown }> }
    expect(attempt.answers.filter((a) => a.answer !== null)).toHaveLength(5)

    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    const body = page.locator('.exam-page__body')
    expect(await body.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)

    // Every paper has two number questions; if none came up yet, find one further on and get it wrong.
    let extra = 0
    for (let n = 5; n <= 20 && !wrongOnPurpose; n++) {
      await page.getByRole('button', { name: /下一题/ }).click()
      if (await page.getByTestId('question').locator('input[inputmode="decimal"]').count()) {
        await answerCurrent(page)
        wrongOnPurpose = await stemOf(page)
        await expect.poll(() => saveState(page)).toBe('已保存')
        extra = 1
      }
    }
    expect(wrongOnPurpose).toBeTruthy()

    await page.getByTestId('open-navigator').click()
    await expect.poll(() => page.getByTestId('navigator-cell').count()).toBe(20)
    await shot(page, '4-navigator')
    await page.locator('.question-navigator').getByRole('button', { name: '交卷' }).click()
    const dialog = page.getByTestId('submit-dialog')
    await expect.poll(() => dialog.innerText()).toContain(`还有 ${15 - extra} 题未作答`)
    await shot(page, '5-submit-dialog')
    await page.getByTestId('confirm-submit').click()

    await page.waitForURL(`**/attempts/${attemptId}/result`)
    await expect.poll(() => page.getByTestId('score').innerText()).toMatch(/^\d+(\.\d+)?$/)
    expect(await page.getByTestId('result-page').innerText()).toContain('满分 100')
    // The demo policy shows the answers once the exam window closes.
    expect(await page.getByTestId('answers-notice').innerText()).toContain('答案将在考试结束后公布')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await shot(page, '6-result')
  })

  it('keeps the 错题本 shut while colleagues still sit the paper, and practises a subject, saying at once whether each answer was right', async () => {
    const { page } = browser
    // The demo policy shows right answers once the sitting has closed for everyone (decisions §11):
    // the trainer closing it early for staff07 alone must not open the 错题本 while colleagues sit it.
    const staff = { Authorization: `Bearer ${await apiToken(baseUrl, 'staff07')}` }
    const me = (await (await fetch(`${baseUrl}/api/me`, { headers: staff })).json()) as { id: string }
    const [exam] = (await (await fetch(`${baseUrl}/api/me/exams`, { headers: staff })).json()) as Array<{ sittingId: string }>
    const closed = await fetch(`${baseUrl}/api/sittings/${exam.sittingId}/overrides`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await apiToken(baseUrl, 'trainer')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ overrides: [{ userId: me.id, closesAt: new Date().toISOString() }] }),
    })
    expect(closed.status).toBe(200)
    await page.getByTestId('menu-toggle').click()
    await page.locator('#app-drawer').getByText('练习', { exact: true }).click()
    await page.waitForURL('**/practice')
    await page.locator('#app-drawer').waitFor({ state: 'hidden' })
    await page.getByTestId('wrong-book-empty').waitFor()
    expect(await page.getByTestId('wrong-item').count()).toBe(0)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await shot(page, '8-wrong-book')

    // 营销知识 is practice material no sitting draws from: practice goes on during the month
    await page.goto(`${baseUrl}/practice/session?source=dimension&dimension=${encodeURIComponent('营销知识')}`)
    await expect.poll(() => page.getByTestId('question').count(), { timeout: 15_000 }).toBe(1)
    expect(await page.getByTestId('practice-session').innerText()).toContain('练习不计入考核成绩')
    await shot(page, '9-practice-question')

    let checked = 0
    for (;;) {
      await answerCurrent(page)
      await page.getByTestId('practice-check').click()
      const feedback = page.getByTestId('practice-feedback')
      await feedback.waitFor()
      const text = await feedback.innerText()
      expect(text).toMatch(/回答正确|回答错误|部分正确/)
      expect(text).toMatch(/下次复习：|已掌握/)
      expect(text).toContain('正确答案')
      if (checked++ === 0) {
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
        await shot(page, '10-practice-feedback')
      }
      const next = page.getByTestId('practice-next')
      const finishing = (await next.innerText()) === '查看小结'
      await next.click()
      if (finishing) break
    }
    expect(checked).toBeGreaterThan(0)
    expect(await page.getByTestId('practice-score').innerText()).toMatch(new RegExp(`^答对 \\d+ / ${checked} 题$`))
    await shot(page, '11-practice-summary')

    await page.goto(`${baseUrl}/practice/dimensions`)
    await page.getByTestId('practise-weakest').waitFor()
    await page.locator('[data-testid="dimensions"] canvas').first().waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await shot(page, '12-dimensions')
  })
})

describe.skipIf(!baseUrl)('the countdown on a phone whose clock is wrong', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await openBrowser(baseUrl, PHONE)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('still shows about 30:00 at the start when the phone is 10 minutes slow', async () => {
    const { page } = browser
    await page.addInitScript(() => {
      const realNow = Date.now.bind(Date)
      Date.now = () => realNow() - 10 * 60_000
    })
    await signIn(page, 'staff08')
    const token = await apiToken(baseUrl, 'staff08')
    const headers = { Authorization: `Bearer ${token}` }
    const exams = (await (await fetch(`${baseUrl}/api/me/exams`, { headers })).json()) as Array<{ sittingId: string }>
    const started = await fetch(`${baseUrl}/api/exams/${exams[0]?.sittingId}/attempts`, { method: 'POST', headers })
    const { id } = (await started.json()) as { id: string }

    await page.goto(`/attempts/${id}`)
    expect(await page.evaluate(() => Math.round((Date.now() - new Date().getTime()) / 60_000))).toBe(-10)
    await expect.poll(() => page.getByTestId('countdown').innerText()).toMatch(/\d\d:\d\d/)
    const minutes = await countdownMinutes(page)
    expect(minutes).toBeGreaterThan(29.5)
    expect(minutes).toBeLessThanOrEqual(30)
    await shot(page, '7-clock')
  })
})
