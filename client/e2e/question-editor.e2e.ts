import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { apiToken, horizontalOverflow, openBrowser, signIn, type Browser } from './support/browser'

const baseUrl = inject('baseUrl')

describe.skipIf(!baseUrl)('writing and revising a question', () => {
  let browser: Browser
  let bankId: string

  beforeAll(async () => {
    const token = await apiToken(baseUrl, 'trainer')
    const res = await fetch(`${baseUrl}/api/question-banks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'E2E 编辑题库' }),
    })
    bankId = ((await res.json()) as { id: string }).id
    browser = await openBrowser(baseUrl, { width: 1280, height: 900 })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('creates a single-choice question watching the phone preview, then edits it into version 2 with a visible diff', async () => {
    const { page } = browser
    await signIn(page, 'trainer')
    await page.goto(`/question-banks/${bankId}`)
    await page.getByTestId('question-create').click()
    await page.getByRole('heading', { name: '新建题目' }).waitFor()

    const preview = page.getByTestId('preview-frame-phone')
    expect(await preview.innerText()).toContain('输入题干后')
    await page.getByTestId('question-stem').fill('零售许可证的有效期为几年？')
    const options = ['3年', '5年', '10年', '长期有效']
    for (const [i, text] of options.entries()) {
      await page.getByLabel(`选项 ${'ABCD'[i]} 的内容`).fill(text)
    }
    await page.getByLabel('正确 B').check()

    // The candidate sees the question and all options in a phone-sized frame, with nothing chosen.
    await expect.poll(() => preview.innerText()).toContain('零售许可证的有效期为几年？')
    const shown = await preview.innerText()
    for (const [i, text] of options.entries()) {
      // each option under its letter, in the order written
      expect(shown).toContain(`${'ABCD'[i]}\n${text}`)
    }
    expect(await preview.locator('input:checked').count()).toBe(0)
    const frame = await preview.boundingBox()
    expect(frame?.width).toBeLessThanOrEqual(380)
    expect(frame?.width).toBeGreaterThanOrEqual(360)

    await page.getByTestId('question-save').click()
    await page.getByRole('heading', { name: '编辑题目' }).waitFor()
    await expect.poll(() => page.getByTestId('question-version').innerText()).toBe('第 1 版')

    await page.getByTestId('question-stem').fill('烟草专卖零售许可证的有效期为几年？')
    await page.getByTestId('change-note').fill('题干写全称')
    await page.getByTestId('question-save').click()
    await expect.poll(() => page.getByTestId('question-version').innerText()).toBe('第 2 版')

    await page.getByRole('tab', { name: '版本历史' }).click()
    const versions = page.getByTestId('version-list')
    await expect.poll(() => versions.innerText()).toContain('第 2 版')
    const history = await versions.innerText()
    expect(history).toContain('题干写全称')
    expect(history).toContain('第 1 版')

    const stemDiff = page.getByTestId('diff-stem')
    expect(await stemDiff.innerText()).toContain('题干')
    expect(await stemDiff.locator('ins').innerText()).toBe('烟草专卖')
    expect(await page.getByTestId('diff-answer').count()).toBe(0)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  })
})
