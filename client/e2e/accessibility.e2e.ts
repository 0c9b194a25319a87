import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { AxeResults } from 'axe-core'
import type { Page } from 'playwright-core'
import { apiToken, openBrowser, signIn, type Browser } from './support/browser'

const baseUrl = inject('baseUrl')
const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 360, height: 740 }
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core')
/** Set E2E_AXE_REPORT=/some/file.json to keep every finding, nodes included. */
const reportFile = process.env.E2E_AXE_REPORT
/** Set E2E_SHOTS=/some/dir to keep screenshots (focus rings, colours) for a look by eye. */
const shotsDir = process.env.E2E_SHOTS

async function shot(page: Page, name: string): Promise<void> {
  if (shotsDir) await page.screenshot({ path: `${shotsDir}/${name}.png` })
}

interface Finding {
  rule: string
  impact: string
  nodes: string[]
}

/** Every page state checked, with what axe found there (critical and serious only), for the summary printed at the end. */
const audited: Array<{ state: string; findings: Finding[] }> = []

/** Runs axe-core over the page as it is now; returns its critical and serious violations. */
async function audit(page: Page, state: string): Promise<Finding[]> {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(400) // transitions of drawers, dialogs and fades end before colours are measured
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SCRIPT })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe
    const results = await axe.run(document)
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.map((n) => `${n.html.slice(0, 160)} ${n.failureSummary ?? ''}`.slice(0, 400)),
    }))
  })
  const findings = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')
  audited.push({ state, findings })
  return findings
}

async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  const findings = await audit(page, state)
  expect.soft(findings, `${state}: ${JSON.stringify(findings, null, 1)}`).toEqual([])
}

/** Opens a page of the app and waits until its content is on screen. */
async function open(page: Page, path: string, ready = '.kp-page'): Promise<void> {
  await page.goto(path)
  await page.locator(ready).first().waitFor()
}

async function headers(username: string): Promise<Record<string, string>> {
  return { Authorization: `Bearer ${await apiToken(baseUrl, username)}`, 'Content-Type': 'application/json' }
}

const focusedInside = (page: Page, selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector)

describe.skipIf(!baseUrl)('every main page can be used by keyboard and read by a screen reader', () => {
  let desktop: Browser
  const titles = new Map<string, string>()
  /** staff20's attempt at the demo month's quiz (staff20 is nobody else's in the browser suite). */
  let attemptId = ''
  let sittingId = ''

  beforeAll(async () => {
    desktop = await openBrowser(baseUrl, DESKTOP, { bypassCSP: true })
  })
  afterAll(async () => {
    await desktop?.close()
    if (reportFile) writeFileSync(reportFile, JSON.stringify(audited, null, 1))
    const total = audited.reduce((n, a) => n + a.findings.reduce((m, f) => m + f.nodes.length, 0), 0)
    console.log(`axe: ${audited.length} page states, ${total} critical/serious nodes`)
    for (const { state, findings } of audited) {
      if (findings.length) console.log(`  ${state}: ${findings.map((f) => `${f.rule} (${f.impact}) ×${f.nodes.length}`).join(', ')}`)
    }
  })

  it('a customer manager: home, my exams, the exam page, its result, practice, 错题本 and the competency record', async () => {
    const { page } = desktop
    const staff = await headers('staff20')
    const [exam] = (await (await fetch(`${baseUrl}/api/me/exams`, { headers: staff })).json()) as Array<{ sittingId: string }>
    sittingId = exam.sittingId

    await signIn(page, 'staff20')
    await page.locator('.kp-page').first().waitFor()
    await expectNoSeriousViolations(page, 'staff: home')
    titles.set('home', await page.title())

    // The main menu is a list of links reached with Tab and followed with Enter.
    const nav = page.getByRole('navigation', { name: '主菜单' })
    expect(await nav.getByRole('link', { name: '首页' }).getAttribute('aria-current')).toBe('page')
    for (let tab = 0; tab < 10 && !(await focusedInside(page, 'nav')); tab++) await page.keyboard.press('Tab')
    expect(await focusedInside(page, 'nav')).toBe(true)
    await shot(page, 'a11y-1-menu-focus')
    await nav.getByRole('link', { name: '我的考试' }).focus()
    await page.keyboard.press('Enter')
    await page.waitForURL('**/exams')
    await page.getByTestId('exam-card').first().waitFor()
    expect(await nav.getByRole('link', { name: '我的考试' }).getAttribute('aria-current')).toBe('page')
    await expectNoSeriousViolations(page, 'staff: my exams')
    titles.set('my-exams', await page.title())

    const started = await fetch(`${baseUrl}/api/exams/${sittingId}/attempts`, { method: 'POST', headers: staff })
    expect(started.ok).toBe(true)
    attemptId = ((await started.json()) as { id: string }).id
    await open(page, `/attempts/${attemptId}`, '[data-testid="question"]')
    await expectNoSeriousViolations(page, 'staff: exam page')
    titles.set('attempt', await page.title())

    // A wide screen shows the whole paper; the answer sheet switches to one question at a time.
    await page.getByTestId('open-navigator').click()
    const oneByOne = page.getByRole('radio', { name: '逐题' })
    await oneByOne.waitFor()
    await expectNoSeriousViolations(page, 'staff: exam page, answer sheet')
    if (shotsDir) {
      await oneByOne.focus()
      await page.keyboard.press('Tab')
      await page.keyboard.press('Shift+Tab') // focus by keyboard, so the ring shows
      await shot(page, 'a11y-2-answer-sheet-focus')
    }
    await oneByOne.click()
    await page.keyboard.press('Escape')
    await page.locator('.exam-navigator-sheet').waitFor({ state: 'hidden' })

    // After 下一题 the new question's heading has the focus, so a screen reader reads it out.
    await page.getByRole('button', { name: /下一题/ }).click()
    await expect
      .poll(() => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`))
      .toBe('H2 第 2 题')
    await expectNoSeriousViolations(page, 'staff: exam page, one question')

    await page.getByTestId('open-navigator').click()
    await page.locator('.question-navigator').getByRole('button', { name: '交卷' }).click()
    await page.getByTestId('submit-dialog').waitFor()
    await expectNoSeriousViolations(page, 'staff: exam page, submit confirmation')
    await page.keyboard.press('Escape')
    await page.getByTestId('submit-dialog').waitFor({ state: 'hidden' })

    const submitted = await fetch(`${baseUrl}/api/attempts/${attemptId}/submit`, { method: 'POST', headers: staff })
    expect(submitted.ok).toBe(true)
    await open(page, `/attempts/${attemptId}/result`, '[data-testid="result-page"]')
    await page.getByTestId('score').waitFor()
    await expectNoSeriousViolations(page, 'staff: result')
    titles.set('attempt-result', await page.title())

    await open(page, '/practice')
    await expectNoSeriousViolations(page, 'staff: 错题本')
    titles.set('practice', await page.title())
    await open(page, '/practice/dimensions')
    await expectNoSeriousViolations(page, 'staff: practice dimensions')
    titles.set('practice-dimensions', await page.title())
    await open(page, `/practice/session?source=dimension&dimension=${encodeURIComponent('营销知识')}`, '[data-testid="question"]')
    await expectNoSeriousViolations(page, 'staff: practice session')
    titles.set('practice-session', await page.title())

    await open(page, '/me/record')
    await expectNoSeriousViolations(page, 'staff: my competency record')
    titles.set('my-record', await page.title())
  })

  it('a trainer: banks, a bank with its category tree, the question editor, papers, sittings, results and one attempt', async () => {
    const { page } = desktop
    await page.context().clearCookies()
    await signIn(page, 'trainer')
    await page.locator('.kp-page').first().waitFor()
    await expectNoSeriousViolations(page, 'trainer: home')

    await open(page, '/question-banks')
    await expectNoSeriousViolations(page, 'trainer: banks')
    await page.getByTestId('bank-create').click()
    await page.getByRole('dialog').waitFor()
    await expectNoSeriousViolations(page, 'trainer: new bank dialog')
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'hidden' })
    titles.set('question-banks', await page.title())

    const trainer = await headers('trainer')
    const banks = (await (await fetch(`${baseUrl}/api/question-banks`, { headers: trainer })).json()) as Array<{ id: string; name: string }>
    const bank = banks.find((b) => b.name === '法律法规题库') ?? banks[0]
    await open(page, `/question-banks/${bank.id}`)
    await page.locator('.el-table__row').first().waitFor()
    await expectNoSeriousViolations(page, 'trainer: bank')
    titles.set('question-bank', await page.title())

    // The category tree answers Enter like a click: the list shows that category's questions.
    const node = page.locator('.el-tree-node').nth(1)
    if (await node.count()) {
      await node.focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => node.getAttribute('class')).toContain('is-current')
      await shot(page, 'a11y-3-tree-focus')
    }

    const questions = (await (
      await fetch(`${baseUrl}/api/question-banks/${bank.id}/questions?page=1&pageSize=1`, { headers: trainer })
    ).json()) as {
      items: Array<{ id: string }>
    }
    await open(page, `/question-banks/${bank.id}/questions/${questions.items[0].id}`)
    await expectNoSeriousViolations(page, 'trainer: question editor')
    titles.set('question-edit', await page.title())
    await open(page, `/question-banks/${bank.id}/questions/new`)
    await expectNoSeriousViolations(page, 'trainer: new question')

    await open(page, '/papers')
    await expectNoSeriousViolations(page, 'trainer: papers')
    titles.set('papers', await page.title())
    await open(page, '/sittings')
    await expectNoSeriousViolations(page, 'trainer: sittings')
    titles.set('sittings', await page.title())

    await open(page, `/sittings/${sittingId}`)
    const review = page.getByTestId('review-staff20')
    await review.waitFor()
    await expectNoSeriousViolations(page, 'trainer: results')
    titles.set('sitting', await page.title())
    await review.click()
    const drawer = page.getByTestId('attempt-review')
    await expect.poll(() => drawer.innerText()).toContain('开始作答')
    await expectNoSeriousViolations(page, 'trainer: attempt review')
    await shot(page, 'a11y-4-attempt-review')
    await page.keyboard.press('Escape')

    await open(page, `/sittings/${sittingId}/analysis`)
    await expectNoSeriousViolations(page, 'trainer: item analysis')
    titles.set('sitting-analysis', await page.title())
    await open(page, '/grading')
    await expectNoSeriousViolations(page, 'trainer: grading')
  })

  it('a manager and an administrator: competency, KPI, targets and users', async () => {
    const { page } = desktop
    await page.context().clearCookies()
    await signIn(page, 'manager')
    await page.locator('.kp-page').first().waitFor()
    await expectNoSeriousViolations(page, 'manager: home')
    await open(page, '/team')
    await expectNoSeriousViolations(page, 'manager: competency')
    titles.set('team', await page.title())
    await open(page, '/team/targets')
    await expectNoSeriousViolations(page, 'manager: targets')
    titles.set('team-targets', await page.title())
    await open(page, '/kpi/import')
    await expectNoSeriousViolations(page, 'manager: KPI import')
    titles.set('kpi-import', await page.title())
    await open(page, '/users')
    await page.locator('.el-table__row').first().waitFor()
    await expectNoSeriousViolations(page, 'manager: users')

    await page.context().clearCookies()
    await signIn(page, 'admin')
    await open(page, '/users')
    await page.locator('.el-table__row').first().waitFor()
    await expectNoSeriousViolations(page, 'admin: users')
    await page.getByTestId('user-create').click()
    await page.getByRole('dialog').waitFor()
    await expectNoSeriousViolations(page, 'admin: new user dialog')
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'hidden' })
    titles.set('users', await page.title())
    await open(page, '/units')
    await expectNoSeriousViolations(page, 'admin: units')
    titles.set('units', await page.title())
  })

  it('gives every page its own title', () => {
    const byTitle = new Map<string, string[]>()
    for (const [route, title] of titles) byTitle.set(title, [...(byTitle.get(title) ?? []), route])
    const shared = [...byTitle.entries()].filter(([, routes]) => routes.length > 1)
    expect(shared).toEqual([])
  })

  it('a phone: the menu drawer holds links, and Enter follows one', async () => {
    const phone = await openBrowser(baseUrl, PHONE, { bypassCSP: true })
    try {
      const { page } = phone
      await signIn(page, 'staff20')
      await page.locator('.kp-page').first().waitFor()
      await expectNoSeriousViolations(page, 'phone: home')
      await page.getByTestId('menu-toggle').click()
      const drawer = page.locator('#app-drawer')
      const link = drawer.getByRole('link', { name: '练习' })
      await link.waitFor()
      await expectNoSeriousViolations(page, 'phone: menu drawer')
      await link.focus()
      await page.keyboard.press('Enter')
      await page.waitForURL('**/practice')
      await drawer.waitFor({ state: 'hidden' })
    } finally {
      await phone.close()
    }
  })
})
