import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { horizontalOverflow, openBrowser, signIn, type Browser } from './support/browser'

const baseUrl = inject('baseUrl')

describe.skipIf(!baseUrl)('a phone at 360 px: the home to-do list and wide tables', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await openBrowser(baseUrl, { width: 360, height: 740 })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('puts the open monthly exam, with its deadline, on a customer manager’s home page and leads to it', async () => {
    const { page } = browser
    await signIn(page, 'staff01')

    const todo = page.getByTestId('home-todo')
    await expect.poll(() => todo.innerText()).toMatch(/考试“.+”已开放，截止 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)

    await page.getByTestId('todo-item').first().locator('a').click()
    await page.waitForURL((url) => url.pathname === '/exams')
  })

  it('tells a manager the users table scrolls sideways, and the table scrolls inside the page, not the page', async () => {
    const { page } = browser
    // a full page load without the refresh cookie signs the previous user out
    await page.context().clearCookies()
    await signIn(page, 'manager')
    await page.goto('/users')

    const hint = page.getByTestId('scroll-hint')
    await expect.poll(() => hint.isVisible()).toBe(true)
    expect(await hint.innerText()).toContain('左右滑动查看更多列')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  })
})
