import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { horizontalOverflow, openBrowser, signIn, type Browser } from './support/browser'

const baseUrl = inject('baseUrl')

describe.skipIf(!baseUrl)('the app shell on a phone', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await openBrowser(baseUrl, { width: 360, height: 740 })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('greets a customer manager, switches to English and never scrolls sideways', async () => {
    const { page } = browser
    await signIn(page, 'staff01')

    await expect.poll(() => page.locator('main').innerText()).toContain('您好')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)

    await page.getByTestId('menu-toggle').click()
    const drawer = page.locator('#app-drawer')
    await expect.poll(() => drawer.innerText()).toContain('首页')
    expect(await drawer.innerText()).toContain('我的考试')
    await page.keyboard.press('Escape')

    await page.getByTestId('user-menu').click()
    await page.getByRole('menuitem', { name: 'English' }).click()

    await expect.poll(() => page.locator('main').innerText()).toContain('Hello')
    await page.getByTestId('menu-toggle').click()
    await expect.poll(() => drawer.innerText()).toContain('Home')
    const menu = await drawer.innerText()
    expect(menu).toContain('My exams')
    expect(menu).not.toContain('首页')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  })
})
