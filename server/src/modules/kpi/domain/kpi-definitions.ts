/**
 * The field KPIs the work plan assesses customer managers on (../shared/DOMAIN.md, "Field KPIs").
 * Each is imported per customer manager and month from the department's own systems; the product
 * computes the rates and never invents the figures. Targets are the plan's defaults; a department
 * may replace them.
 */
export const RATIO_KPIS = [
  'guidance_coverage',
  'guidance_coverage_ytd',
  'effective_guidance',
  'awareness',
  'self_reported_orders',
  'push_coverage',
  'quota_exhausted',
  'quota_underused',
  'month_start_surge',
  'personal_service',
  'price_per_carton',
] as const;
export type RatioKpi = (typeof RATIO_KPIS)[number];

/** Volume against last year's same month: price per carton's denominator (cartons), not imported on its own. */
export const VOLUME_KPI = 'sales_volume';
export const FORECAST_KPI = 'forecast_accuracy';
/** Every KPI in the order pages show them. */
export const ALL_KPIS = [...RATIO_KPIS, VOLUME_KPI, FORECAST_KPI] as const;
export type KpiCode = (typeof ALL_KPIS)[number];

export interface KpiDefinition {
  code: KpiCode;
  name: string;
  nameEn: string;
  /** Other names a spreadsheet may use (files written before a KPI was renamed). */
  aliases?: readonly string[];
  numerator: string;
  denominator: string;
  /** share: a part of a whole shown as a percentage; amount: a plain quotient (yuan per carton); count: a quantity (cartons). */
  kind: 'share' | 'amount' | 'count';
  better: 'higher' | 'lower';
  /** The plan's target as a rate (0.6 = 60 %), or null where the plan sets none. */
  defaultTarget: number | null;
  /** The plan asks for a rise on the same month of last year rather than a fixed level. */
  yearOnYear?: true;
  /** Year on year, and the department's target is the rise it requires on last year (元/条 or %). */
  riseTarget?: true;
  /** The target is for the whole year; a month is judged against the pace to it (target × month ÷ 12). */
  paced?: true;
  /** Shown for information, never met or missed: the plan sets no bar (status info). */
  informational?: true;
  /** A line shown with the figure where the plan's reading of it is not obvious. */
  caption?: { zh: string; en: string };
}

export const KPI_DEFINITIONS: Record<KpiCode, KpiDefinition> = {
  guidance_coverage: {
    code: 'guidance_coverage',
    name: '经营指导面（本月）',
    aliases: ['经营指导面'],
    nameEn: 'Guidance coverage (month)',
    numerator: '本月获得经营指导的零售户数',
    denominator: '管理的零售户数',
    kind: 'share',
    better: 'higher',
    defaultTarget: null,
    informational: true,
    caption: {
      zh: '本月数，供参考；考核看本年累计及进度',
      en: 'The month’s own figure, for information; assessed on the year to date and its pace',
    },
  },
  guidance_coverage_ytd: {
    code: 'guidance_coverage_ytd',
    name: '经营指导面（本年累计）',
    aliases: ['本年经营指导面', '经营指导面（累计）'],
    nameEn: 'Guidance coverage (year to date)',
    numerator: '本年累计获得经营指导的零售户数（去重）',
    denominator: '管理的零售户数',
    kind: 'share',
    better: 'higher',
    defaultTarget: 0.6,
    paced: true,
    caption: {
      zh: '本年累计；按全年目标 × 月份 ÷ 12 的进度判定，落后即“未赶上进度”',
      en: 'Year to date, judged against the pace to the full-year target (target × month ÷ 12)',
    },
  },
  effective_guidance: {
    code: 'effective_guidance',
    name: '有效指导率',
    nameEn: 'Effective guidance',
    numerator: '经市场经理核实有效的指导次数',
    denominator: '经市场经理实地核实的指导次数',
    kind: 'share',
    better: 'higher',
    defaultTarget: 0.8,
    caption: {
      zh: '按市场经理实地核实的指导计算，未核实的不算无效',
      en: 'Over the cases a market manager verified on site; an unverified case is not ineffective',
    },
  },
  awareness: {
    code: 'awareness',
    name: '知晓率',
    nameEn: 'Awareness',
    numerator: '了解自主提报需求和总量浮动的受访零售户数',
    denominator: '受访零售户数',
    kind: 'share',
    better: 'higher',
    defaultTarget: null,
  },
  self_reported_orders: {
    code: 'self_reported_orders',
    name: '自主提报率',
    nameEn: 'Self-reported orders',
    numerator: '附带零售户自主提报需求的订单数',
    denominator: '订单数',
    kind: 'share',
    better: 'higher',
    defaultTarget: null,
  },
  push_coverage: {
    code: 'push_coverage',
    name: '信息覆盖率',
    nameEn: 'Information-push coverage',
    numerator: '可通过信息平台触达的零售户数',
    denominator: '管理的零售户数',
    kind: 'share',
    better: 'higher',
    defaultTarget: null,
  },
  quota_exhausted: {
    code: 'quota_exhausted',
    name: '总量提前用完占比',
    nameEn: 'Quota used up early',
    numerator: '月底前用完约定总量的零售户数',
    denominator: '实行总量浮动的零售户数',
    kind: 'share',
    better: 'lower',
    defaultTarget: null,
  },
  quota_underused: {
    code: 'quota_underused',
    name: '总量使用偏少占比',
    nameEn: 'Quota under-used',
    numerator: '约定总量使用偏少的零售户数',
    denominator: '实行总量浮动的零售户数',
    kind: 'share',
    better: 'lower',
    defaultTarget: null,
    informational: true,
    caption: {
      zh: '仅供参考：工作计划不得规定销量下限，使用偏少不算客户经理未达标',
      en: 'For information: the plan forbids a lower limit on sales, so under-use is never a failure',
    },
  },
  month_start_surge: {
    code: 'month_start_surge',
    name: '月初供货占比',
    nameEn: 'Month-start supply share',
    numerator: '本月1–10日供货量（条）',
    denominator: '本月供货量（条）',
    kind: 'share',
    better: 'lower',
    defaultTarget: null,
    caption: {
      zh: '月初10天的供货占全月的比例：均衡供货约为三分之一，明显偏高即“月初供货量增幅过大”',
      en: 'Share of the month’s supply delivered in its first ten days: about a third when even; well above that is the plan’s month-start surge',
    },
  },
  personal_service: {
    code: 'personal_service',
    name: '亲情化服务覆盖率',
    nameEn: 'Personal-service coverage',
    numerator: '获得节日问候或生日祝福的零售户数',
    denominator: '管理的零售户数',
    kind: 'share',
    better: 'higher',
    defaultTarget: null,
    caption: { zh: '节日问候、生日祝福等情亲化服务覆盖的零售户', en: 'Retailers given festival or birthday greetings' },
  },
  price_per_carton: {
    code: 'price_per_carton',
    name: '单条价',
    nameEn: 'Price per carton',
    numerator: '销售额（元）',
    denominator: '销量（条）',
    kind: 'amount',
    better: 'higher',
    defaultTarget: 0,
    yearOnYear: true,
    riseTarget: true,
    caption: {
      zh: '较去年同月上升（达到部门设定的增幅），且销量不低于去年同月',
      en: 'Up on last year’s same month by the rise the department sets, with volume at least last year’s',
    },
  },
  sales_volume: {
    code: 'sales_volume',
    name: '销量',
    nameEn: 'Volume',
    numerator: '本月销量（条）',
    denominator: '去年同月销量（条）',
    kind: 'count',
    better: 'higher',
    defaultTarget: null,
    yearOnYear: true,
    caption: {
      zh: '不低于去年同期；取自单条价导入的销量',
      en: 'Not below last year’s same month; the cartons of the price-per-carton import',
    },
  },
  forecast_accuracy: {
    code: 'forecast_accuracy',
    name: '预测准确率',
    nameEn: 'Forecast accuracy',
    numerator: '全国重点品牌准确量（Σ 实际量 × 准确率）',
    denominator: '全国重点品牌实际量',
    kind: 'share',
    better: 'higher',
    defaultTarget: null,
    caption: {
      zh: '准确量 ÷ 实际量，按实际量加权，只计前20个全国卷烟重点骨干品牌；全部品牌另列',
      en: 'Accurate volume ÷ actual volume, weighted by volume over the national key brands; all brands shown apart',
    },
  },
};

export function isKpiCode(value: string): value is KpiCode {
  return (ALL_KPIS as readonly string[]).includes(value);
}

/** Finds a ratio KPI by its code or its Chinese name, as a spreadsheet may carry either. */
export function ratioKpiNamed(text: string): RatioKpi | null {
  const t = text.trim();
  return RATIO_KPIS.find((code) => code === t || KPI_DEFINITIONS[code].name === t || KPI_DEFINITIONS[code].aliases?.includes(t)) ?? null;
}
