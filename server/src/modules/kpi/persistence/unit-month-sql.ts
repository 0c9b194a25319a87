import { ALL_KPIS, FORECAST_KPI, KPI_DEFINITIONS, RATIO_KPIS, VOLUME_KPI, type KpiCode, type RatioKpi } from '../domain/kpi-definitions';
import type { Figure, MonthFigures } from '../domain/kpi-values';
import type { StatusRule } from '../domain/status-rule';

// SQL for a unit's month, shared by the ranking and the figures queries. Parameters: $1 unit path,
// $2 month, $3 the same month last year, $4 RATIO_KPIS, $5 YEAR_ON_YEAR_KPIS, $6 user ids to keep
// (null: everyone).

export const YEAR_ON_YEAR_KPIS = RATIO_KPIS.filter((code) => KPI_DEFINITIONS[code].yearOnYear);

/** Column aliases of each KPI's numerator and denominator in a person's row. */
interface FigureColumns {
  kpi: RatioKpi;
  numerator: string;
  denominator: string;
}

export const RATIO_COLUMNS = columnNames(RATIO_KPIS, '');
export const LAST_YEAR_COLUMNS = columnNames(YEAR_ON_YEAR_KPIS, 'ly');

/** The active customer managers (role staff) under the unit path. */
const STAFF_UNDER_PATH = `starts_with(u.path, $1) AND 'staff' = ANY(a.roles) AND NOT a.disabled AND ($6::uuid[] IS NULL OR a.id = ANY($6::uuid[]))`;

/**
 * Whether forecast row `f` is of a national key brand: the department's list for the year of `month`
 * (kpi_brand_list) when that year has one, else the import's 全国重点品牌 flag. With a fixed month the
 * first EXISTS is evaluated once per query.
 */
export function keyBrandSql(f: string, month: string): string {
  const year = `l.year = extract(year FROM ${month})::int AND l.kind = 'key'`;
  return `CASE WHEN EXISTS (SELECT 1 FROM kpi_brand_list l WHERE ${year})
               THEN EXISTS (SELECT 1 FROM kpi_brand_list l WHERE ${year} AND l.brand = ${f}.brand)
               ELSE ${f}.key_brand END`;
}

/**
 * `figures`: one flat row per person with each KPI's numerator and denominator this month, last
 * year's for the year-on-year KPIs, and the month's forecasts summed over the national key brands
 * (the headline of 预测准确率; all brands are reported per person apart), where `accurate`
 * is Σ accurateVolume (kpi-rates.ts) written out as max(0, actual − |forecast − actual|).
 *
 * The covering month-and-user indexes let each aggregate read its month from the index alone, in
 * user order, merge-joined with the materialised `people`. `figures` starts again from app_user so
 * the planner sees one row per person: joining two CTEs it would estimate millions of rows, and
 * then spend a second JIT-compiling the query.
 */
export const UNIT_MONTH_CTES = `
  people AS MATERIALIZED (
    SELECT a.id FROM app_user a JOIN org_unit u ON u.id = a.unit_id WHERE ${STAFF_UNDER_PATH}
  ), ratios AS (
    SELECT r.user_id, ${figureAggregates(RATIO_COLUMNS, 4)}
      FROM kpi_ratio r JOIN people p ON p.id = r.user_id
     WHERE r.month = $2
     GROUP BY r.user_id
  ), last_year AS (
    SELECT r.user_id, ${figureAggregates(LAST_YEAR_COLUMNS, 5)}
      FROM kpi_ratio r JOIN people p ON p.id = r.user_id
     WHERE r.month = $3 AND r.kpi = ANY($5::text[])
     GROUP BY r.user_id
  ), forecasts AS (
    SELECT f.user_id, sum(f.forecast) AS forecast, sum(f.actual) AS actual, sum(greatest(0, f.actual - abs(f.forecast - f.actual))) AS accurate
      FROM kpi_forecast f JOIN people p ON p.id = f.user_id
     WHERE f.month = $2 AND ${keyBrandSql('f', '$2::date')}
     GROUP BY f.user_id
  ), figures AS (
    SELECT a.id, a.username, a.display_name, a.unit_id, u.name AS unit_name,
           ${[...RATIO_COLUMNS, ...LAST_YEAR_COLUMNS].map((c) => `${c.numerator}, ${c.denominator}`).join(', ')},
           forecasts.forecast, forecasts.actual, forecasts.accurate
      FROM app_user a JOIN org_unit u ON u.id = a.unit_id
      LEFT JOIN ratios ON ratios.user_id = a.id
      LEFT JOIN last_year ON last_year.user_id = a.id
      LEFT JOIN forecasts ON forecasts.user_id = a.id
     WHERE ${STAFF_UNDER_PATH}
  )`;

export const FIGURE_COLUMN_NAMES = [...RATIO_COLUMNS, ...LAST_YEAR_COLUMNS]
  .flatMap((c) => [c.numerator, c.denominator])
  .concat(['forecast', 'actual', 'accurate']);

/**
 * Each KPI's status (s0, s1, … in ALL_KPIS order) for a row of `figures` f: the domain's StatusRule
 * evaluated in SQL (judge() in status-rule.ts, case for case). Quotients are compared
 * cross-multiplied in exact decimals (n ≥ target × d; a rise on last year as
 * n × lastD ≥ (lastN + rise × lastD) × d in yuan, or n × lastD ≥ lastN × d × (1 + rise) in percent),
 * which is judge()'s comparison without a division per row; targets (the rise, for last_year
 * rules) come in parameter $n as a numeric[].
 */
export function statusColumns(rules: readonly StatusRule[], targetsParam: number): string {
  return rules
    .map((rule, i) => {
      const [n, d] = figureSql(rule.kpi);
      const noValue = `${n} IS NULL OR ${d} IS NULL OR ${d} <= 0`;
      const target = `($${targetsParam}::numeric[])[${i + 1}]`;
      switch (rule.bar) {
        case 'none':
          return `CASE WHEN ${noValue} THEN 'no_data' ELSE 'info' END AS s${i}`;
        case 'last_year': {
          const [lastN, lastD] = lastYearSql(rule.kpi);
          const rise = `coalesce(${target}, 0)`;
          const conditions = [
            rule.rise === 'yuan'
              ? `${n} * ${lastD} >= (${lastN} + ${rise} * ${lastD}) * ${d}`
              : `${n} * ${lastD} >= ${lastN} * ${d} * (1 + ${rise})`,
          ];
          if (rule.meets === '>') conditions.push(`${n} * ${lastD} > ${lastN} * ${d}`);
          if (rule.volumeHeld) conditions.push(`${d} >= ${lastD}`);
          return `CASE WHEN ${noValue} THEN 'no_data' WHEN ${lastN} IS NULL OR ${lastD} IS NULL OR ${lastD} <= 0 THEN 'no_target'
                       WHEN ${conditions.join(' AND ')} THEN 'met' ELSE 'missed' END AS s${i}`;
        }
        case 'target':
          return `CASE WHEN ${noValue} THEN 'no_data' WHEN ${target} IS NULL THEN 'no_target'
                       WHEN ${n} ${rule.meets} ${target} * ${d} THEN 'met' ELSE 'missed' END AS s${i}`;
      }
    })
    .join(',\n');
}

/** The pooled sums (Σ numerators, Σ denominators, last year's only beside this year's) and each KPI's reported and met counts, over rows of `judged` j. */
export function unitTotalsSql(): string {
  const ratios = RATIO_COLUMNS.map((c) => `'${c.numerator}', sum(j.${c.numerator}), '${c.denominator}', sum(j.${c.denominator})`);
  const lastYear = LAST_YEAR_COLUMNS.map((c) => {
    const thisYear = RATIO_COLUMNS.find((r) => r.kpi === c.kpi)!;
    return `'${c.numerator}', sum(j.${c.numerator}) FILTER (WHERE j.${thisYear.numerator} IS NOT NULL), '${c.denominator}', sum(j.${c.denominator}) FILTER (WHERE j.${thisYear.numerator} IS NOT NULL)`;
  });
  const forecast = [`'forecast', sum(j.forecast), 'actual', sum(j.actual), 'accurate', sum(j.accurate)`];
  const counts = ALL_KPIS.map(
    (_, i) => `'reported${i}', count(*) FILTER (WHERE j.s${i} <> 'no_data'), 'met${i}', count(*) FILTER (WHERE j.s${i} = 'met')`,
  );
  // A function takes at most 100 arguments: one object per part, merged.
  return [ratios, lastYear, forecast, counts]
    .filter((part) => part.length > 0)
    .map((part) => `jsonb_build_object(${part.join(', ')})`)
    .join(' || ');
}

/** How many KPIs a row of `judged` j missed. */
export const MISSED_SQL = ALL_KPIS.map((_, i) => `(j.s${i} = 'missed')::int`).join(' + ');

type FigureRow = Record<string, string | number | null>;

/** A row holding FIGURE_COLUMN_NAMES (numeric as text, or JSON numbers) as MonthFigures. */
export function monthFiguresOf(row: FigureRow): MonthFigures {
  return {
    ratios: figuresOf(row, RATIO_COLUMNS),
    lastYear: figuresOf(row, LAST_YEAR_COLUMNS),
    forecast:
      row.actual === null || row.actual === undefined
        ? null
        : { forecast: Number(row.forecast), actual: Number(row.actual), accurate: Number(row.accurate) },
  };
}

function figuresOf(row: FigureRow, columns: readonly FigureColumns[]): Partial<Record<RatioKpi, Figure>> {
  const figures: Partial<Record<RatioKpi, Figure>> = {};
  for (const column of columns) {
    const numerator = row[column.numerator];
    const denominator = row[column.denominator];
    if (numerator !== null && numerator !== undefined && denominator !== null && denominator !== undefined)
      figures[column.kpi] = { numerator: Number(numerator), denominator: Number(denominator) };
  }
  return figures;
}

/** A KPI's numerator and denominator columns in a row of `figures` f. */
function figureSql(kpi: KpiCode): [string, string] {
  if (kpi === FORECAST_KPI) return ['f.accurate', 'f.actual'];
  if (kpi === VOLUME_KPI) return [figureSql('price_per_carton')[1], '1'];
  const column = RATIO_COLUMNS.find((c) => c.kpi === kpi)!;
  return [`f.${column.numerator}`, `f.${column.denominator}`];
}

function lastYearSql(kpi: KpiCode): [string, string] {
  if (kpi === VOLUME_KPI) return [lastYearSql('price_per_carton')[1], '1'];
  const column = LAST_YEAR_COLUMNS.find((c) => c.kpi === kpi);
  if (!column) throw new Error(`${kpi} has no figures for last year`);
  return [`f.${column.numerator}`, `f.${column.denominator}`];
}

/**
 * One numerator and one denominator column per KPI of the list in parameter $n. The primary key
 * allows one row per person, month and KPI, so max picks it, and does so more cheaply than sum.
 */
function figureAggregates(columns: readonly FigureColumns[], param: number): string {
  return columns
    .map((column, i) => {
      const kpi = `r.kpi = ($${param}::text[])[${i + 1}]`;
      return `max(r.numerator) FILTER (WHERE ${kpi}) AS ${column.numerator}, max(r.denominator) FILTER (WHERE ${kpi}) AS ${column.denominator}`;
    })
    .join(', ');
}

function columnNames(kpis: readonly RatioKpi[], prefix: string): FigureColumns[] {
  return kpis.map((kpi, i) => ({ kpi, numerator: `${prefix}n${i}`, denominator: `${prefix}d${i}` }));
}
