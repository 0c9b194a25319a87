import type {
  KpiDefinitionDto,
  KpiImportReportDto,
  KpiMonthDto,
  KpiValueDto,
  PersonKpiRowDto,
  PersonKpisDto,
  UnitKpisDto,
} from '@/api/schema'
import type { KpiCode } from '../api'

export const UNIT_CZ = '66666666-6666-4666-8666-666666666601'
export const UNIT_CZ1 = '66666666-6666-4666-8666-666666666611'
export const personId = (n: number) => `77777777-7777-4777-8777-${String(n).padStart(12, '0')}`

/** The plan's KPIs as the server defines them (server/src/modules/kpi/domain/kpi-definitions.ts). */
export function definitionsFixture(): KpiDefinitionDto[] {
  const d = (
    code: KpiCode,
    name: string,
    nameEn: string,
    kind: KpiDefinitionDto['kind'],
    better: KpiDefinitionDto['better'],
    target: number | null,
    yearOnYear = false,
  ): KpiDefinitionDto => ({
    code,
    name,
    nameEn,
    numerator: '分子',
    denominator: '分母',
    kind,
    better,
    target,
    defaultTarget: target,
    yearOnYear,
    riseTarget: false,
    paced: false,
    targetUnit: null,
    informational: false,
    caption: null,
    captionEn: null,
  })
  return [
    d('guidance_coverage', '经营指导面', 'Guidance coverage', 'share', 'higher', 0.6),
    {
      ...d('effective_guidance', '有效指导率', 'Effective guidance', 'share', 'higher', 0.8),
      caption: '按市场经理实地核实的指导计算，未核实的不算无效',
      captionEn: 'Over the cases a market manager verified on site',
    },
    d('awareness', '知晓率', 'Awareness', 'share', 'higher', null),
    d('self_reported_orders', '自主提报率', 'Self-reported orders', 'share', 'higher', null),
    d('push_coverage', '信息覆盖率', 'Information-push coverage', 'share', 'higher', null),
    d('quota_exhausted', '总量提前用完占比', 'Quota used up early', 'share', 'lower', null),
    {
      ...d('quota_underused', '总量使用偏少占比', 'Quota under-used', 'share', 'lower', null),
      informational: true,
      caption: '仅供参考：工作计划不得规定销量下限，使用偏少不算客户经理未达标',
      captionEn: 'For information: the plan forbids a lower limit on sales',
    },
    d('month_start_surge', '月初供货占比', 'Month-start supply share', 'share', 'lower', null),
    { ...d('price_per_carton', '单条价', 'Price per carton', 'amount', 'higher', 0, true), riseTarget: true, targetUnit: 'yuan' },
    d('sales_volume', '销量', 'Volume', 'count', 'higher', null, true),
    d('forecast_accuracy', '预测准确率', 'Forecast accuracy', 'share', 'higher', null),
    { ...d('guidance_coverage_ytd', '经营指导面（本年累计）', 'Guidance coverage (year to date)', 'share', 'higher', 0.6), paced: true },
  ]
}

export function kpiValue(kpi: KpiCode, value: number | null, target: number | null, status: KpiValueDto['status']): KpiValueDto {
  return {
    kpi,
    numerator: value === null ? null : Math.round(value * 100),
    denominator: value === null ? null : 100,
    value,
    target,
    status,
  }
}

const EMPTY: KpiCode[] = ['awareness', 'self_reported_orders', 'push_coverage', 'quota_exhausted', 'quota_underused', 'forecast_accuracy']

/** Guidance figures for a month; everything else without data except the year-on-year price (when guidance has figures). */
export function kpiMonth(month: string, coverage: number | null, effective: number | null): KpiMonthDto {
  return {
    month,
    values: [
      kpiValue('guidance_coverage', coverage, 0.6, coverage === null ? 'no_data' : coverage >= 0.6 ? 'met' : 'missed'),
      kpiValue('effective_guidance', effective, 0.8, effective === null ? 'no_data' : effective >= 0.8 ? 'met' : 'missed'),
      ...EMPTY.map((kpi) => kpiValue(kpi, null, null, 'no_data')),
      coverage === null
        ? kpiValue('price_per_carton', null, null, 'no_data')
        : { kpi: 'price_per_carton', numerator: 182_400, denominator: 1000, value: 182.4, target: 175, status: 'met' },
    ],
    forecast: { total: null, keyBrands: null, newBrands: null, brands: [] },
  }
}

export function personKpisFixture(): PersonKpisDto {
  const months = [kpiMonth('2026-09', null, null), kpiMonth('2026-10', 0.55, 0.85), kpiMonth('2026-11', 0.65, 0.75)]
  months[2].forecast = {
    total: 0.91,
    keyBrands: 0.93,
    newBrands: 0.9,
    brands: [
      { brand: '云烟(紫)', keyBrand: false, newBrand: true, forecast: 90, actual: 100, accuracy: 0.9 },
      { brand: '芙蓉王(硬)', keyBrand: true, newBrand: false, forecast: 210, actual: 200, accuracy: 0.95 },
      { brand: '利群(新版)', keyBrand: true, newBrand: false, forecast: 330, actual: 300, accuracy: 0.9 },
    ],
  }
  return {
    person: { userId: personId(1), username: 'staff01', displayName: '王建国', unitId: UNIT_CZ1, unitName: '城中一组' },
    months,
  }
}

export function kpiRow(n: number, displayName: string, missed: number): PersonKpiRowDto {
  return {
    userId: personId(n),
    username: `staff${String(n).padStart(2, '0')}`,
    displayName,
    unitId: UNIT_CZ1,
    unitName: '城中一组',
    values: kpiMonth('2026-11', missed ? 0.5 : 0.7, 0.9).values,
    missed,
  }
}

export function unitKpisFixture(overrides: Partial<UnitKpisDto> = {}): UnitKpisDto {
  return {
    unitId: UNIT_CZ,
    unitName: '城中客户服务部',
    month: '2026-11',
    people: 3,
    kpis: [
      { kpi: 'guidance_coverage', numerator: 250, denominator: 400, value: 0.625, target: 0.6, status: 'met', reported: 3, met: 2 },
      { kpi: 'effective_guidance', numerator: 37, denominator: 50, value: 0.74, target: 0.8, status: 'missed', reported: 3, met: 1 },
      { kpi: 'awareness', numerator: null, denominator: null, value: null, target: null, status: 'no_data', reported: 0, met: 0 },
      { kpi: 'price_per_carton', numerator: 54720, denominator: 300, value: 182.4, target: 175, status: 'met', reported: 3, met: 3 },
    ],
    page: [kpiRow(2, '李秀兰', 2), kpiRow(1, '王建国', 1), kpiRow(3, '张伟', 0)],
    total: 3,
    ...overrides,
  }
}

/** A month without any imported figure. */
export function emptyUnitKpisFixture(): UnitKpisDto {
  return unitKpisFixture({
    kpis: definitionsFixture().map((d) => ({
      kpi: d.code,
      numerator: null,
      denominator: null,
      value: null,
      target: d.target,
      status: 'no_data',
      reported: 0,
      met: 0,
    })),
    page: [],
  })
}

export function importReportFixture(overrides: Partial<KpiImportReportDto> = {}): KpiImportReportDto {
  return { dryRun: true, rows: 24, people: 12, months: ['2026-11'], created: 20, replaced: 4, ...overrides }
}
