/** The colours charts draw with, taken from Element Plus's theme so a canvas matches the tags beside it. */
export interface ChartPalette {
  met: string
  below: string
  none: string
  target: string
  text: string
  grid: string
  primary: string
  accent: string
}

/** Element Plus's own defaults, for where its stylesheet is not loaded (unit tests). */
const THEME_DEFAULTS: Record<keyof ChartPalette, [variable: string, fallback: string]> = {
  met: ['--el-color-success', '#67c23a'],
  below: ['--el-color-danger', '#f56c6c'],
  none: ['--el-color-info-light-5', '#c8c9cc'],
  target: ['--el-text-color-primary', '#303133'],
  text: ['--el-text-color-regular', '#606266'],
  grid: ['--el-border-color-lighter', '#ebeef5'],
  primary: ['--el-color-primary', '#409eff'],
  accent: ['--el-color-warning', '#e6a23c'],
}

export function readCssVariable(name: string): string {
  if (typeof document === 'undefined') return ''
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim()
}

/** ECharts draws on a canvas and cannot read CSS variables itself: resolve them once per chart. */
export function chartPalette(read: (variable: string) => string = readCssVariable): ChartPalette {
  const pick = (key: keyof ChartPalette) => {
    const [variable, fallback] = THEME_DEFAULTS[key]
    return read(variable) || fallback
  }
  return {
    met: pick('met'),
    below: pick('below'),
    none: pick('none'),
    target: pick('target'),
    text: pick('text'),
    grid: pick('grid'),
    primary: pick('primary'),
    accent: pick('accent'),
  }
}
