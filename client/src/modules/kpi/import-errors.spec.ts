import { describe, expect, it } from 'vitest'
import { importRowErrors } from './import-errors'

const rows = [
  { row: 5, field: '分母', message: '分母须为正数' },
  { row: 3, field: '用户名', message: '用户 staff99 不存在' },
]

describe('the wrong rows of a refused import', () => {
  it('reads them from under errors, as the user import sends them, in row order', () => {
    expect(importRowErrors({ created: 0, errors: rows })?.map((r) => r.row)).toEqual([3, 5])
  })

  it('reads a bare list too', () => {
    expect(importRowErrors(rows)).toHaveLength(2)
  })

  it('gives up on anything else, so the plain message is shown', () => {
    expect(importRowErrors(undefined)).toBeNull()
    expect(importRowErrors({ errors: [] })).toBeNull()
    expect(importRowErrors({ errors: [{ line: 3, message: 'x' }] })).toBeNull()
    expect(importRowErrors('导入失败')).toBeNull()
  })
})
