import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { horizontalOverflow, openBrowser, signIn, type Browser } from './support/browser'

const baseUrl = inject('baseUrl')

const HEADER = '题型,题干,选项A,选项B,选项C,答案,难度,能力维度'
const GOOD_ROWS = ['单选,卷烟零售许可证的有效期为几年？,3年,5年,10年,B,2,法律法规', '判断,客户经理可以替零售户代为订货。,,,,错,1,日常业务']
const BAD_ROW = '单选,违规经营应由哪个部门处理？,专卖局,工商局,税务局,Z,2,法律法规'

describe.skipIf(!baseUrl)('importing questions from a file', () => {
  let browser: Browser
  let files: string

  beforeAll(async () => {
    browser = await openBrowser(baseUrl, { width: 1280, height: 900 })
    files = mkdtempSync(join(tmpdir(), 'kaoping-e2e-files-'))
    writeFileSync(join(files, 'with-error.csv'), [HEADER, GOOD_ROWS[0], BAD_ROW].join('\n'))
    writeFileSync(join(files, 'fixed.csv'), [HEADER, ...GOOD_ROWS].join('\n'))
  })
  afterAll(async () => {
    await browser?.close()
    if (files) rmSync(files, { recursive: true, force: true })
  })

  it('shows the wrong row, takes the fixed file, and imports it into a new bank', async () => {
    const { page } = browser
    await signIn(page, 'trainer')
    await page.goto('/question-banks')

    await page.getByTestId('bank-create').click()
    await page.getByTestId('bank-name').fill('E2E 导入题库')
    await page.getByTestId('bank-create-submit').click()
    await page.getByRole('heading', { name: 'E2E 导入题库' }).waitFor()
    await expect.poll(() => page.getByTestId('question-table').innerText()).toContain('题库里还没有题目')

    await page.getByTestId('bank-import').click()
    const wizard = page.locator('.import-wizard')
    await wizard.locator('input[type="file"]').setInputFiles(join(files, 'with-error.csv'))
    await expect.poll(() => wizard.getByTestId('import-format').innerText()).toContain('CSV')
    await wizard.getByTestId('import-check').click()

    const errors = wizard.getByTestId('import-errors')
    await errors.waitFor()
    const errorText = await errors.innerText()
    expect(errorText).toContain('第 3 行')
    expect(errorText).toContain('答案「Z」不是任何一个选项')
    expect(await wizard.innerText()).toContain('1 处错误，没有导入任何题目')
    expect(await wizard.getByTestId('import-confirm').count()).toBe(0)

    await wizard.getByRole('button', { name: '修改文件后重新选择' }).click()
    await wizard.locator('input[type="file"]').setInputFiles(join(files, 'fixed.csv'))
    await wizard.getByTestId('import-check').click()

    const summary = wizard.getByTestId('import-summary')
    await summary.waitFor()
    expect(await summary.innerText()).toContain('将新建 2 题')
    const byType = await wizard.getByTestId('import-by-type').innerText()
    expect(byType).toContain('单选题 1')
    expect(byType).toContain('判断题 1')

    await wizard.getByTestId('import-confirm').click()
    await expect.poll(() => summary.innerText()).toContain('导入完成')
    expect(await summary.innerText()).toContain('新建 2 题')
    await wizard.getByTestId('import-show-questions').click()

    const table = page.getByTestId('question-table')
    await expect.poll(() => table.innerText()).toContain('卷烟零售许可证的有效期为几年？')
    expect(await table.innerText()).toContain('客户经理可以替零售户代为订货。')
    expect(await page.locator('h1').innerText()).toContain('共 2 题')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  })
})
