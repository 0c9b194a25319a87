import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openBrowser, signIn, type Browser } from './support/browser'

const baseUrl = inject('baseUrl')

/** A real workbook, as a trainer would fill the template in Excel. */
async function workbook(path: string, headers: string[], rows: Array<Array<string | number>>): Promise<void> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Sheet1')
  sheet.addRow(headers)
  rows.forEach((row) => sheet.addRow(row))
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()))
}

/** The language the app starts in, as the language switch saves it. */
async function useLocale(page: Page, locale: 'en' | 'zh-CN'): Promise<void> {
  await page.evaluate((value) => localStorage.setItem('kaoping.locale', value), locale)
}

/**
 * The import reports as a user meets them: a real XLSX uploaded through the built app to the real
 * server, each wrong row said in the interface's language from its code (English, then Chinese),
 * and a sound file imported. These replace the composables' specs against a faked API.
 */
describe.skipIf(!baseUrl)('import reports say each wrong row in the interface’s language', () => {
  let files: string
  const opened: Browser[] = []
  const browser = async () => {
    const b = await openBrowser(baseUrl, { width: 1280, height: 900 })
    opened.push(b)
    return b
  }

  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), 'kaoping-e2e-xlsx-'))
    const questionHeaders = ['题型', '题干', '选项A', '选项B', '选项C', '答案', '难度', '能力维度']
    const good = [
      ['单选', '卷烟零售许可证的有效期为几年？', '3年', '5年', '10年', 'B', 2, '法律法规'],
      ['判断', '客户经理可以替零售户代为订货。', '', '', '', '错', 1, '日常业务'],
    ]
    await workbook(join(files, 'questions-with-error.xlsx'), questionHeaders, [
      good[0],
      ['单选', '违规经营应由哪个部门处理？', '专卖局', '工商局', '税务局', 'Z', 2, '法律法规'],
    ])
    await workbook(join(files, 'questions.xlsx'), questionHeaders, good)
    await workbook(
      join(files, 'users.xlsx'),
      ['单位', '姓名', '用户名', '角色', '初始密码'],
      [['不存在的单位', '新员工乙', 'e2e.new', '客户经理', 'strong-pass-2026']],
    )
    await workbook(join(files, 'kpi.xlsx'), ['用户名', '月份', '指标', '分子', '分母'], [['nobody', '2026-11', '经营指导面', 60, 100]])
  })
  afterAll(async () => {
    for (const b of opened) await b.close()
    if (files) rmSync(files, { recursive: true, force: true })
  })

  it('questions: the wrong row in English, then in Chinese, and the fixed file imports', async () => {
    const { page } = await browser()
    await signIn(page, 'trainer')
    await useLocale(page, 'en')
    await page.goto('/question-banks')
    await page.getByTestId('bank-create').click()
    await page.getByTestId('bank-name').fill('E2E XLSX 导入')
    await page.getByTestId('bank-create-submit').click()
    await page.getByRole('heading', { name: 'E2E XLSX 导入' }).waitFor()

    const check = async (file: string) => {
      await page.getByTestId('bank-import').click()
      const wizard = page.locator('.import-wizard')
      await wizard.locator('input[type="file"]').setInputFiles(join(files, file))
      await wizard.getByTestId('import-check').click()
      return wizard
    }

    let wizard = await check('questions-with-error.xlsx')
    let errors = wizard.getByTestId('import-errors')
    await errors.waitFor()
    let text = await errors.innerText()
    expect(text).toContain('Line 3')
    expect(text).toContain('Answer')
    expect(text).toContain('The answer "Z" is not one of the options.')
    expect(text).not.toContain('不是任何一个选项')
    expect(await wizard.innerText()).toContain('1 error; nothing was imported.')

    await useLocale(page, 'zh-CN')
    await page.reload()
    await page.getByRole('heading', { name: 'E2E XLSX 导入' }).waitFor()
    wizard = await check('questions-with-error.xlsx')
    errors = wizard.getByTestId('import-errors')
    await errors.waitFor()
    text = await errors.innerText()
    expect(text).toContain('第 3 行')
    expect(text).toContain('答案')
    expect(text).toContain('答案「Z」不是任何一个选项')

    await wizard.getByRole('button', { name: '修改文件后重新选择' }).click()
    await wizard.locator('input[type="file"]').setInputFiles(join(files, 'questions.xlsx'))
    await wizard.getByTestId('import-check').click()
    const summary = wizard.getByTestId('import-summary')
    await summary.waitFor()
    expect(await summary.innerText()).toContain('将新建 2 题')
    await wizard.getByTestId('import-confirm').click()
    await expect.poll(() => summary.innerText()).toContain('导入完成')
    await wizard.getByTestId('import-show-questions').click()
    const table = page.getByTestId('question-table')
    await expect.poll(() => table.innerText()).toContain('卷烟零售许可证的有效期为几年？')
    expect(await table.innerText()).toContain('客户经理可以替零售户代为订货。')
  })

  it('users: the unknown unit of a row, in English', async () => {
    const { page } = await browser()
    await signIn(page, 'admin')
    await useLocale(page, 'en')
    await page.goto('/users')
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    const dialog = page.locator('.el-dialog').filter({ hasText: 'Import users' })
    await dialog.locator('input[type="file"]').setInputFiles(join(files, 'users.xlsx'))
    await dialog.getByRole('button', { name: 'Check file' }).click()
    const errors = dialog.getByTestId('import-errors')
    await errors.waitFor()
    const text = await errors.innerText()
    expect(text).toContain('Line 2')
    expect(text).toContain('Unit')
    expect(text).toContain('There is no unit "不存在的单位".')
    expect(text).not.toContain('找不到单位')
  })

  it('KPIs: a person out of reach, in English', async () => {
    const { page } = await browser()
    await signIn(page, 'manager')
    await useLocale(page, 'en')
    await page.goto('/kpi/import')
    const view = page.getByTestId('kpi-import')
    await view.locator('input[type="file"]').setInputFiles(join(files, 'kpi.xlsx'))
    await view.getByTestId('import-check').click()
    const errors = view.getByTestId('import-errors')
    await errors.waitFor()
    const text = await errors.innerText()
    expect(text).toContain('Line 2')
    expect(text).toContain('Username')
    expect(text).toContain('User nobody does not exist or is not yours to manage.')
    expect(text).not.toContain('第 2 行')
  })
})
