import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { apiToken, horizontalOverflow, openBrowser, signIn, type Browser } from './support/browser'

const baseUrl = inject('baseUrl')
const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 360, height: 740 }
/** Set E2E_SHOTS=/some/dir to keep screenshots for a look by eye. */
const shotsDir = process.env.E2E_SHOTS

async function shot(page: Page, name: string): Promise<void> {
  if (!shotsDir) return
  await page.waitForTimeout(500) // let dialogs and drawers finish sliding in
  await page.screenshot({ path: `${shotsDir}/${name}.png` })
}

interface Question {
  slot: number
  type: string
  options?: Array<{ id: string }>
}

/** staff01 sits the exam through the API: starts, answers every choice question with its first option, submits. */
async function sitExamAsStaff01(sittingId: string): Promise<number> {
  const token = await apiToken(baseUrl, 'staff01')
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
  const started = await fetch(`${baseUrl}/api/exams/${sittingId}/attempts`, { method: 'POST', headers })
  expect(started.ok).toBe(true)
  const attempt = (await started.json()) as { id: string; questions: Question[] }
  let seq = 1
  for (const q of attempt.questions) {
    const answer = q.type === 'multiple' ? [q.options?.[0]?.id] : q.type === 'true_false' ? true : q.options?.[0]?.id
    const saved = await fetch(`${baseUrl}/api/attempts/${attempt.id}/answers/${q.slot}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ answer, seq: seq++ }),
    })
    expect(saved.ok).toBe(true)
  }
  const submitted = await fetch(`${baseUrl}/api/attempts/${attempt.id}/submit`, { method: 'POST', headers })
  expect(submitted.ok).toBe(true)
  return ((await submitted.json()) as { score: number }).score
}

describe.skipIf(!baseUrl)('a trainer builds a paper, schedules it and reads the results', () => {
  let trainer: Browser
  let staff: Browser

  beforeAll(async () => {
    trainer = await openBrowser(baseUrl, DESKTOP)
    staff = await openBrowser(baseUrl, PHONE)
  })
  afterAll(async () => {
    await trainer?.close()
    await staff?.close()
  })

  it('sees the shortfall, saves the paper, schedules 城中一组, and exports staff01’s score', async () => {
    const { page } = trainer
    await signIn(page, 'trainer')
    await page.goto('/papers')
    await page.getByTestId('paper-create').click()
    await page.waitForURL('**/papers/new')

    await page.getByTestId('paper-title').fill('E2E 法律法规抽题测验')
    const rule = page.getByTestId('blueprint-rule').first()
    await rule.getByTestId('rule-bank').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '法律法规题库' }).click()
    await rule.getByTestId('rule-type').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '单选题' }).click()
    const count = rule.getByTestId('rule-count').locator('input')
    await count.fill('200')
    await count.blur()
    await page.getByTestId('paper-submit').click()

    // The bank holds far fewer single-choice questions than 200: the rule is marked, with the server's words.
    await expect.poll(() => rule.getByTestId('rule-shortfall').count()).toBe(1)
    expect(await rule.getByTestId('rule-shortfall').innerText()).toMatch(/只有 \d+ 道可用，需要 200 道/)
    expect(await page.getByTestId('paper-error').innerText()).toContain('只有')
    await shot(page, 'admin-1-shortfall')

    await count.fill('3')
    await count.blur()
    await expect.poll(() => rule.getByTestId('rule-shortfall').count()).toBe(0)
    await page.getByTestId('paper-submit').click()
    await page.waitForURL(/\/papers\/[0-9a-f-]{36}$/)
    await expect.poll(() => page.getByTestId('preview-question').count()).toBe(3)
    await shot(page, 'admin-2-paper-preview')

    await page.getByRole('button', { name: '用这份试卷安排考试' }).click()
    await page.waitForURL(/\/sittings\/new\?paperId=/)
    await expect.poll(() => page.getByTestId('sitting-title').inputValue()).toBe('E2E 法律法规抽题测验')
    await page.getByTestId('assignee-units').first().click()
    await page.locator('.el-tree-select__popper:visible .el-select-dropdown__item', { hasText: '城中一组' }).click()
    await page.keyboard.press('Escape')
    await shot(page, 'admin-3-sitting-form')
    await page.getByTestId('sitting-submit').click()
    await page.waitForURL(/\/sittings\/[0-9a-f-]{36}$/)
    const sittingId = new URL(page.url()).pathname.split('/').pop() ?? ''
    // 城中一组 has staff01–staff08, none of whom has sat it yet.
    await expect.poll(() => page.getByTestId('results-summary').innerText()).toContain('应考 8 人')

    // the page follows the sitting live: staff01's exam shows up without a reload
    await expect.poll(() => page.getByTestId('live-state').getAttribute('data-state')).toBe('live')
    await signIn(staff.page, 'staff01')
    const score = await sitExamAsStaff01(sittingId)

    const table = page.getByTestId('results-table')
    const staffRow = table.locator('tr', { hasText: 'staff01' }).first()
    await expect.poll(() => staffRow.innerText(), { timeout: 5000 }).toContain('已出分')
    // the score follows from a re-read of the table a moment after the submit
    await expect.poll(() => staffRow.getByTestId('result-score').innerText(), { timeout: 10_000 }).toBe(String(score))
    expect(await table.innerText()).toContain('王建国')
    await shot(page, 'admin-4-results')

    await staffRow.getByTestId('review-staff01').click()
    await expect.poll(() => page.getByTestId('attempt-review').innerText()).toContain('开始作答')
    expect(await page.getByTestId('review-switches').innerText()).toBe('没有切屏')
    await shot(page, 'admin-5-review')
    await page.keyboard.press('Escape')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('results-export').click()])
    expect(download.suggestedFilename()).toBe('E2E 法律法规抽题测验-成绩.xlsx')
    const saved = await download.path()
    // An XLSX is a zip: it starts with "PK".
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK')
  })

  it('fits a phone: the results, the paper form and the marking page scroll inside, never sideways', async () => {
    const phone = await openBrowser(baseUrl, PHONE)
    const { page } = phone
    await signIn(page, 'trainer')
    for (const [path, name] of [
      ['/sittings', 'admin-6-phone-sittings'],
      ['/papers/new', 'admin-7-phone-paper-form'],
      ['/sittings/new', 'admin-8-phone-sitting-form'],
      ['/grading', 'admin-9-phone-grading'],
    ] as const) {
      await page.goto(path)
      await page.locator('.kp-page').first().waitFor()
      await page.waitForLoadState('networkidle')
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0)
      await shot(page, name)
    }
    await page.goto('/sittings')
    await page.getByTestId('sitting-table').getByRole('link', { name: 'E2E 法律法规抽题测验' }).first().click()
    await expect.poll(() => page.getByTestId('results-table').innerText()).toContain('王建国')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await shot(page, 'admin-10-phone-results')
    await phone.close()
  })
})
