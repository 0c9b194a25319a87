import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
  await page.waitForTimeout(500) // let charts and drawers settle
  await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: true })
}

/** Last month by the test machine's calendar: always a month the server accepts figures for. */
function lastMonth(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}

const MONTH = lastMonth()
const HEADER = '用户名,月份,指标,分子,分母,核实的指导次数'
/** 有效指导率: 40 of the 50 cases a market manager verified (of 70 given) were effective. */
const GOOD_ROWS = [`staff05,${MONTH},经营指导面,45,60,`, `staff05,${MONTH},有效指导率,40,70,50`]
/** Row 4 of the file (the header is row 1): nobody is called staff99. */
const BAD_ROW = `staff99,${MONTH},经营指导面,10,20,`

interface Question {
  slot: number
  type: string
  options?: Array<{ id: string }>
}

/** staff05 sits the demo month's quiz through the API, so graded evidence reaches the records whatever the demo seeded. */
async function sitDemoExamAsStaff05(): Promise<void> {
  const headers = { Authorization: `Bearer ${await apiToken(baseUrl, 'staff05')}`, 'Content-Type': 'application/json' }
  const exams = (await (await fetch(`${baseUrl}/api/me/exams`, { headers })).json()) as Array<{ sittingId: string }>
  const sittingId = exams[0]?.sittingId
  if (!sittingId) return
  const started = await fetch(`${baseUrl}/api/exams/${sittingId}/attempts`, { method: 'POST', headers })
  if (!started.ok) return
  const attempt = (await started.json()) as { id: string; questions: Question[] }
  let seq = 1
  for (const q of attempt.questions) {
    const answer = q.type === 'multiple' ? [q.options?.[0]?.id] : q.type === 'true_false' ? true : q.options?.[0]?.id
    if (answer === undefined) continue
    await fetch(`${baseUrl}/api/attempts/${attempt.id}/answers/${q.slot}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ answer, seq: seq++ }),
    })
  }
  await fetch(`${baseUrl}/api/attempts/${attempt.id}/submit`, { method: 'POST', headers })
}

async function userId(username: string): Promise<string> {
  const headers = { Authorization: `Bearer ${await apiToken(baseUrl, 'admin')}` }
  const page = (await (await fetch(`${baseUrl}/api/users?q=${username}&page=1&pageSize=5`, { headers })).json()) as {
    items: Array<{ id: string; username: string }>
  }
  const user = page.items.find((u) => u.username === username)
  if (!user) throw new Error(`no user ${username}`)
  return user.id
}

/** The month's figure of one KPI in the record's KPI table (rows are KPIs, columns months). */
async function kpiCell(page: Page, kpi: string, month: string): Promise<string> {
  const table = page.getByTestId('kpi-month-table')
  const headers = await table.locator('.el-table__header-wrapper th').allInnerTexts()
  const column = headers.findIndex((h) => h.trim() === month)
  const row = table.locator('.el-table__body-wrapper tr', { hasText: kpi }).first()
  return (await row.locator('td').nth(column).innerText()).trim()
}

describe.skipIf(!baseUrl)('competency records and field KPIs', () => {
  let manager: Browser
  let files: string

  beforeAll(async () => {
    manager = await openBrowser(baseUrl, DESKTOP)
    files = mkdtempSync(join(tmpdir(), 'kaoping-e2e-kpi-'))
    writeFileSync(join(files, 'kpi-with-error.csv'), [HEADER, ...GOOD_ROWS, BAD_ROW].join('\n'))
    writeFileSync(join(files, 'kpi-fixed.csv'), [HEADER, ...GOOD_ROWS].join('\n'))
    await sitDemoExamAsStaff05()
  })
  afterAll(async () => {
    await manager?.close()
    if (files) rmSync(files, { recursive: true, force: true })
  })

  it('a manager opens 能力与指标: the unit’s chart, its KPIs and its people, and opens one person’s record', async () => {
    const { page } = manager
    await signIn(page, 'manager')
    await page.getByTestId('nav-team').click()
    await page.waitForURL(/\/team\?/)
    const url = new URL(page.url())
    expect(url.searchParams.get('unit')).toMatch(/^[0-9a-f-]{36}$/)
    expect(url.searchParams.get('month')).toMatch(/^\d{4}-\d{2}$/)

    // Records fill as exams are graded: the chart once there is evidence, else the explanation.
    await expect
      .poll(
        async () => {
          await page.reload()
          await page.getByTestId('team-people').locator('.el-table__body tr').first().waitFor()
          return page.locator('[data-testid="levels-chart"] canvas').count()
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBeGreaterThan(0)
    expect(await page.locator('[data-testid="kpi-cards"], [data-testid="kpi-empty"]').count()).toBe(1)
    const people = page.getByTestId('team-people')
    expect(await people.locator('.el-table__body tr').count()).toBeGreaterThan(0)
    await shot(page, 'kpi-1-team')

    const first = people.getByTestId('team-person-link').first()
    const name = (await first.innerText()).trim()
    await first.click()
    await page.waitForURL(/\/team\/people\/[0-9a-f-]{36}\?month=/)
    await expect.poll(() => page.locator('h1').innerText()).toBe(name)
    await page.locator('[data-testid="person-record"] [data-testid="kpi-month-table"], [data-testid="record-no-kpis"]').first().waitFor()
    expect(await page.getByTestId('evidence').count()).toBe(1)
    await shot(page, 'kpi-2-person')
  })

  it('a manager imports a KPI file: sees the wrong row, takes the fixed file, and finds the figures on the record', async () => {
    const { page } = manager
    await page.getByTestId('nav-kpiImport').click()
    await page.waitForURL('**/kpi/import')

    const view = page.getByTestId('kpi-import')
    await view.locator('input[type="file"]').setInputFiles(join(files, 'kpi-with-error.csv'))
    await page.getByTestId('import-check').click()
    const errors = page.getByTestId('import-errors')
    await errors.waitFor()
    const errorText = await errors.innerText()
    expect(errorText).toContain('第 4 行')
    expect(errorText).toContain('staff99')
    expect(await view.innerText()).toContain('1 处错误，没有导入任何数据')
    expect(await page.getByTestId('import-confirm').count()).toBe(0)
    await shot(page, 'kpi-3-import-errors')

    await page.getByTestId('import-again').click()
    await view.locator('input[type="file"]').setInputFiles(join(files, 'kpi-fixed.csv'))
    await page.getByTestId('import-check').click()
    const ready = page.getByTestId('import-ready')
    await ready.waitFor()
    expect(await ready.innerText()).toContain('检查通过：2 行，1 人')
    expect(await ready.innerText()).toContain(MONTH)

    await page.getByTestId('import-confirm').click()
    const done = page.getByTestId('import-done')
    await done.waitFor()
    expect(await done.innerText()).toMatch(/新增 \d 项，覆盖 \d 项/)
    await shot(page, 'kpi-4-import-done')

    await page.getByTestId('import-open-team').click()
    await page.waitForURL((u) => u.pathname === '/team' && u.searchParams.get('month') === MONTH)
    await page.getByTestId('kpi-cards').waitFor()
    expect(await page.getByTestId('kpi-card-guidance_coverage').innerText()).toMatch(/\d+(\.\d)?%/)

    await page.goto(`/team/people/${await userId('staff05')}?month=${MONTH}`)
    await page.getByTestId('kpi-month-table').waitFor()
    expect(await kpiCell(page, '经营指导面', MONTH)).toBe('75%')
    expect(await kpiCell(page, '有效指导率', MONTH)).toBe('80%')
  })

  it('a market manager below the department sees the targets read-only, told who may change them', async () => {
    const browser = await openBrowser(baseUrl, DESKTOP)
    try {
      const { page } = browser
      await signIn(page, 'manager-cz')
      await page.getByTestId('nav-targets').click()
      await page.waitForURL('**/team/targets')
      const input = page.getByTestId('kpi-target-awareness').locator('input')
      await input.waitFor()
      expect(await input.isDisabled()).toBe(true)
      expect(await page.getByTestId('kpi-targets-read-only').innerText()).toContain('营销部领导')
      expect(await page.getByTestId('kpi-targets-save').count()).toBe(0)
    } finally {
      await browser.close()
    }
  })

  it('on a phone, a customer manager opens 我的能力档案 and the team page never scrolls sideways', async () => {
    const staff = await openBrowser(baseUrl, PHONE)
    const phoneManager = await openBrowser(baseUrl, PHONE)
    try {
      const { page } = staff
      await signIn(page, 'staff05')
      await page.getByTestId('menu-toggle').click()
      await page.locator('#app-drawer').getByText('我的能力档案', { exact: true }).click()
      await page.waitForURL('**/me/record')
      await expect.poll(() => page.locator('h1').innerText()).toBe('我的能力档案')
      await page.getByTestId('kpi-month-table').waitFor()
      expect(await kpiCell(page, '经营指导面', MONTH)).toBe('75%')
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      await shot(page, 'kpi-5-my-record-phone')

      const other = phoneManager.page
      await signIn(other, 'manager')
      await other.goto(`/team?month=${MONTH}`)
      await other.getByTestId('kpi-cards').waitFor()
      await other.getByTestId('team-people').locator('.el-table__body tr').first().waitFor()
      // The chart and the KPI cards stack rather than squeeze side by side.
      const panels = other.locator('.team__grid > .team__panel')
      const [levels, kpis] = [await panels.nth(0).boundingBox(), await panels.nth(1).boundingBox()]
      expect(kpis?.y ?? 0).toBeGreaterThanOrEqual((levels?.y ?? 0) + (levels?.height ?? 0))
      expect(await horizontalOverflow(other)).toBeLessThanOrEqual(0)
      await shot(other, 'kpi-6-team-phone')
    } finally {
      await staff.close()
      await phoneManager.close()
    }
  })
})
