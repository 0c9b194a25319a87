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

/** Answers whatever question is on screen, the way a candidate would. */
async function answerCurrent(page: Page): Promise<void> {
  const question = page.getByTestId('question')
  const choices = question.locator('label:has(input[type="radio"]), label:has(input[type="checkbox"])')
  if (await choices.count()) {
    await choices.first().click()
    return
  }
  const numeric = question.locator('input[inputmode="decimal"]')
  if (await numeric.count()) return numeric.fill('90')
  const blanks = question.locator('input.question-view__blank')
  if (await blanks.count()) {
    for (const blank of await blanks.all()) await blank.fill('3')
    return
  }
  const selects = question.locator('select')
  if (await selects.count()) {
    for (const select of await selects.all()) await select.selectOption({ index: 1 })
    return
  }
  const keepOrder = question.getByRole('button', { name: '按当前顺序作答' })
  if (await keepOrder.count()) return keepOrder.click()
  await question.locator('textarea').fill('按线路走访，宣传政策，记录并跟踪。')
}

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
      await answerCurrent(page)
      await expect.poll(() => saveState(page)).toBe('已保存')
      if (n === 1) await shot(page, '2-question-saved')
      await page.getByRole('button', { name: /下一题/ }).click()
    }

    await context.setOffline(true)
    for (let n = 4; n <= 5; n++) {
      await answerCurrent(page)
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

    await page.getByTestId('open-navigator').click()
    await expect.poll(() => page.getByTestId('navigator-cell').count()).toBe(20)
    await shot(page, '4-navigator')
    await page.locator('.question-navigator').getByRole('button', { name: '交卷' }).click()
    const dialog = page.getByTestId('submit-dialog')
    await expect.poll(() => dialog.innerText()).toContain('还有 15 题未作答')
    await shot(page, '5-submit-dialog')
    await page.getByTestId('confirm-submit').click()

    await page.waitForURL(`**/attempts/${attemptId}/result`)
    await expect.poll(() => page.getByTestId('score').innerText()).toMatch(/^\d+(\.\d+)?$/)
    expect(await page.getByTestId('result-page').innerText()).toContain('满分 100')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await shot(page, '6-result')
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
