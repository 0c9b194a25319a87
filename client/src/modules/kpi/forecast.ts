import type { BrandForecastDto, KpiMonthDto } from '@/api/schema'

export interface ForecastView {
  month: string
  /** Volume-weighted over all brands. */
  total: number | null
  /** Volume-weighted over the 前20 national key brands, which the plan reports on their own. */
  keyBrands: number | null
  /** Volume-weighted over the year's new brands (新品牌), shown apart. */
  newBrands: number | null
  brands: BrandForecastDto[]
}

/** Key brands first, then by actual volume (the brands that weigh most in the total), then by name. */
export function sortBrands(brands: readonly BrandForecastDto[]): BrandForecastDto[] {
  const collator = new Intl.Collator('zh-CN')
  return [...brands].sort((a, b) => Number(b.keyBrand) - Number(a.keyBrand) || b.actual - a.actual || collator.compare(a.brand, b.brand))
}

/** The newest month that has per-brand forecasts, or null when none has been imported. */
export function latestForecast(months: readonly KpiMonthDto[]): ForecastView | null {
  const latest = [...months].reverse().find((m) => m.forecast.brands.length > 0)
  if (!latest) return null
  return {
    month: latest.month,
    total: latest.forecast.total,
    keyBrands: latest.forecast.keyBrands,
    newBrands: latest.forecast.newBrands,
    brands: sortBrands(latest.forecast.brands),
  }
}
