import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

/** Debian's chromium; the variable only exists to try the skip path on a machine that has it. */
export const CHROMIUM_PATH = process.env.KAOPING_E2E_CHROMIUM ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export const PASSWORD = 'kaoping-demo'

export interface Browser {
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

/**
 * A fresh chromium profile per suite, so no session or language choice leaks between tests.
 * `bypassCSP` lets a test inject a script tag (axe-core) past the app's script-src 'self'.
 */
export async function openBrowser(
  baseUrl: string,
  viewport: { width: number; height: number },
  options: { bypassCSP?: boolean } = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'kaoping-e2e-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport,
    baseURL: baseUrl,
    locale: 'zh-CN',
    bypassCSP: options.bypassCSP ?? false,
  })
  context.setDefaultTimeout(20_000)
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login')
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
}

/** Signs in through the API, for setting up data a test does not exercise. */
export async function apiToken(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  })
  if (!res.ok) throw new Error(`login ${username} failed: ${res.status}`)
  return ((await res.json()) as { accessToken: string }).accessToken
}

export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth)
}
