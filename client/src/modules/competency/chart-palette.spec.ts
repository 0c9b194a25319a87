import { describe, expect, it } from 'vitest'
import { chartPalette } from './chart-palette'

describe('chart colours', () => {
  it('come from the Element Plus theme variables', () => {
    const theme: Record<string, string> = { '--el-color-success': '#1a7f37', '--el-color-primary': ' #1f6f5c ' }
    const palette = chartPalette((name) => theme[name]?.trim() ?? '')

    expect(palette.met).toBe('#1a7f37')
    expect(palette.primary).toBe('#1f6f5c')
  })

  it('fall back to Element Plus’s defaults where its stylesheet is absent', () => {
    const palette = chartPalette(() => '')

    expect(palette.below).toBe('#f56c6c')
    expect(palette.none).toBe('#c8c9cc')
  })
})
