import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/http'
import { withSetup } from '@/test/test-app'
import { downloadUserImportTemplate, importUsers } from '../api'
import type * as identityApi from '../api'
import { useUserImport } from './use-user-import'

vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof identityApi>()),
  importUsers: vi.fn(),
  downloadUserImportTemplate: vi.fn(),
}))

const xlsx = () => new File(['PK'], '用户.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })

async function setup() {
  const onImported = vi.fn()
  const { result } = await withSetup(() => useUserImport(onImported))
  return { ...result, onImported }
}

describe('useUserImport', () => {
  beforeEach(() => {
    vi.mocked(importUsers).mockReset()
  })

  it('refuses a file that is not .xlsx', async () => {
    const flow = await setup()

    expect(flow.selectFile(new File(['a,b'], 'users.csv'))).toBe(false)

    expect(flow.failure.value).toBe('只支持 .xlsx 文件')
    expect(flow.file.value).toBeNull()
  })

  it('refuses a file above the server’s 5 MB limit before uploading it', async () => {
    const flow = await setup()
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.xlsx')

    expect(flow.selectFile(big)).toBe(false)

    expect(flow.failure.value).toBe('文件不能超过 5 MB')
    expect(importUsers).not.toHaveBeenCalled()
  })

  it('checks the file with a dry run, reports how many users are ready, and only then imports', async () => {
    vi.mocked(importUsers).mockImplementation((_file, _dryRun, onProgress) => {
      onProgress?.(40)
      return Promise.resolve({ created: 12, errors: [] })
    })
    const flow = await setup()
    flow.selectFile(xlsx())
    expect(flow.canConfirm.value).toBe(false)

    await flow.check()

    expect(vi.mocked(importUsers).mock.calls[0]?.[1]).toBe(true)
    expect(flow.phase.value).toBe('checked')
    expect(flow.ready.value).toBe(12)
    expect(flow.canConfirm.value).toBe(true)
    expect(flow.onImported).not.toHaveBeenCalled()

    await flow.confirm()

    expect(vi.mocked(importUsers).mock.calls[1]?.[1]).toBe(false)
    expect(flow.phase.value).toBe('done')
    expect(flow.created.value).toBe(12)
    expect(flow.onImported).toHaveBeenCalledWith(12)
  })

  it('lists the wrong rows from a 422 and does not allow importing', async () => {
    const errors = [
      { row: 3, field: '角色', message: '未知角色：组长' },
      { row: 7, field: '单位', message: '单位不存在' },
    ]
    vi.mocked(importUsers).mockRejectedValue(new ApiError(422, ['导入文件有错误'], { created: 0, errors }))
    const flow = await setup()
    flow.selectFile(xlsx())

    await flow.check()

    expect(flow.phase.value).toBe('checked')
    expect(flow.rowErrors.value).toEqual(errors)
    expect(flow.canConfirm.value).toBe(false)
    await flow.confirm()
    expect(importUsers).toHaveBeenCalledTimes(1)
  })

  it('shows a transport failure and lets the user try again', async () => {
    vi.mocked(importUsers).mockRejectedValue(new ApiError(0, []))
    const flow = await setup()
    flow.selectFile(xlsx())

    await flow.check()

    expect(flow.phase.value).toBe('idle')
    expect(flow.failure.value).toBe('无法连接服务器，请检查网络后重试')
  })

  it('downloads the template as a file', async () => {
    vi.mocked(downloadUserImportTemplate).mockResolvedValue(new Blob(['PK']))
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:template')
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined)
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    const flow = await setup()

    await flow.downloadTemplate()

    expect(clicked).toEqual(['用户导入模板.xlsx'])
  })
})
