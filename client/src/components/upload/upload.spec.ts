import { describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { ElTableColumn } from 'element-plus'
import { createTestApp } from '@/test/test-app'
import FileDrop from './FileDrop.vue'
import ImportIssuesTable from './ImportIssuesTable.vue'
import UploadProgress from './UploadProgress.vue'

const plugins = () => createTestApp().plugins

async function drop(wrapper: ReturnType<typeof mount>, file: File) {
  const input = wrapper.find('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

describe('FileDrop', () => {
  it('keeps a file the import accepts and says a file is chosen', async () => {
    const select = vi.fn(() => true)
    const wrapper = mount(FileDrop, { props: { accept: '.xlsx', disabled: false, select }, global: { plugins: plugins() } })
    expect(wrapper.find('input[type="file"]').attributes('accept')).toBe('.xlsx')
    expect(wrapper.text()).toContain('点击选择')
    await drop(wrapper, new File(['x'], 'users.xlsx'))
    expect(select).toHaveBeenCalledWith(expect.objectContaining({ name: 'users.xlsx' }))
    expect(wrapper.emitted('update:chosen')?.at(-1)).toEqual([true])
    expect(wrapper.text()).toContain('users.xlsx')
  })

  it('drops a file the import refuses (wrong type, too large)', async () => {
    const wrapper = mount(FileDrop, { props: { accept: '.xlsx', disabled: false, select: () => false }, global: { plugins: plugins() } })
    await drop(wrapper, new File(['x'], 'notes.txt'))
    expect(wrapper.emitted('update:chosen')?.at(-1)?.[0] ?? false).toBe(false)
    expect(wrapper.text()).not.toContain('notes.txt')
  })
})

describe('UploadProgress', () => {
  it('counts the upload up, then says the server is checking or importing', async () => {
    const wrapper = mount(UploadProgress, { props: { percent: 40, phase: 'checking' }, global: { plugins: plugins() } })
    expect(wrapper.text()).toContain('正在上传 40%')
    await wrapper.setProps({ percent: 100 })
    expect(wrapper.text()).toContain('正在检查')
    await wrapper.setProps({ phase: 'importing' })
    expect(wrapper.text()).toContain('正在导入')
  })
})

describe('ImportIssuesTable', () => {
  it('says where each problem is, the whole file for row 0 or the file field, and what is wrong', async () => {
    const wrapper = mount(ImportIssuesTable, {
      props: {
        issues: [
          { row: 3, field: '用户名', message: '用户名已存在' },
          { line: 0, field: 'file', message: '不是 Excel 文件' },
        ],
      },
      global: { plugins: plugins() },
    })
    await flushPromises()
    const rows = wrapper.findAll('tbody tr').map((r) => r.findAll('td').map((c) => c.text()))
    expect(rows).toEqual([
      ['第 3 行', '用户名', '用户名已存在'],
      ['整个文件', '整个文件', '不是 Excel 文件'],
    ])
    expect(wrapper.findAll('tr.import-issues__error-row')).toHaveLength(2)
  })

  it('shows warnings with their own columns, without the field and the error colour', async () => {
    const wrapper = mount(ImportIssuesTable, {
      props: { issues: [{ line: 7, message: '题干过长' }], tone: 'warning', showField: false },
      slots: { columns: () => h(ElTableColumn, { label: '检查项', formatter: () => '题干长度' }) },
      global: { plugins: plugins() },
    })
    await flushPromises()
    expect(wrapper.findAll('tbody td').map((c) => c.text())).toEqual(['第 7 行', '题干长度', '题干过长'])
    expect(wrapper.find('tr.import-issues__error-row').exists()).toBe(false)
  })
})
