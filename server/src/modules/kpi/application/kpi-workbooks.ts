import ExcelJS from 'exceljs';
import { addXlsxSheet, workbookBuffer, type XlsxKind, type XlsxValue } from '../../../platform/files/xlsx-writer';
import { KPI_DEFINITIONS, RATIO_KPIS, type KpiCode } from '../domain/kpi-definitions';
import { KPI_IMPORT_COLUMNS, MAX_KPI_IMPORT_ROWS, type KpiImportKind } from '../domain/kpi-import-rows';
import type { TargetStatus } from '../domain/status-rule';
import type { KpiDefinitionWithTarget } from '../domain/kpi-targets';
import type { KpiValue } from '../domain/kpi-values';
import type { UnitKpiSummary } from '../domain/unit-summary';
import type { PersonRef } from '../persistence/kpi-report.repository';

type Cell = XlsxValue;

const STATUS_TEXT: Record<TargetStatus, string> = {
  met: '达标',
  missed: '未达标',
  info: '仅供参考',
  no_target: '无目标',
  no_data: '无数据',
};

/** The import template: the data sheet first (the one an import reads), then 说明. */
export async function importTemplate(
  kind: KpiImportKind,
  definitions: readonly KpiDefinitionWithTarget[],
  exampleMonth: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (kind === 'ratios') {
    addSheet(workbook, '指标数据', Object.values(KPI_IMPORT_COLUMNS.ratios), [
      ['staff01', exampleMonth, KPI_DEFINITIONS.guidance_coverage.name, 66, 110, null],
      ['staff01', exampleMonth, KPI_DEFINITIONS.effective_guidance.name, 10, 40, 12],
      ['staff01', exampleMonth, KPI_DEFINITIONS.price_per_carton.name, 24150.5, 105, null],
    ]);
    addSheet(
      workbook,
      '说明',
      ['代码', '名称', '分子', '分母', '类型', '目标'],
      [
        ...RATIO_KPIS.map((code) => {
          const d = definitions.find((x) => x.code === code)!;
          return [
            d.code,
            d.name,
            d.numerator,
            d.denominator,
            d.kind === 'share' ? '占比（分子不能大于分母）' : '金额（分子 ÷ 分母）',
            targetText(d),
          ];
        }),
        [],
        ['填写说明'],
        [
          '每行一名客户经理一个月的一项指标：用户名为系统登录名；月份写成 2026-11；指标填名称或代码；分子、分母为非负数，最多 2 位小数，分母须大于 0。',
        ],
        [
          '有效指导率：分子填经市场经理核实有效的次数，分母填全部指导次数，“核实的指导次数”填市场经理实地核实的次数；有效指导率 = 核实有效 ÷ 核实，未核实的指导不算无效。其他指标此列留空。',
        ],
        [
          `同一用户名、月份和指标只能有一行；重复导入同一人同月同指标会覆盖原数据。一次最多 ${MAX_KPI_IMPORT_ROWS} 行；有任何错误时整个文件都不会写入。`,
        ],
        ['预测准确率请使用“预测数据”模板导入。示例行仅说明格式，导入前请删除或替换为实际数据。'],
      ],
    );
  } else {
    addSheet(workbook, '预测数据', Object.values(KPI_IMPORT_COLUMNS.forecasts), [
      ['staff01', exampleMonth, '中华(硬)', '是', 95, 100],
      ['staff01', exampleMonth, '地方品牌', '否', 42, 50],
    ]);
    addSheet(
      workbook,
      '说明',
      ['说明'],
      [
        [
          '每行一名客户经理一个月一个品牌的订货预测：用户名为系统登录名；月份写成 2026-11；预测量、实际量为非负数，最多 2 位小数，实际量须大于 0。',
        ],
        ['全国重点品牌：前 20 个全国卷烟重点骨干品牌填“是”，其他填“否”（也可填 Y/N、1/0，空白视为否）。'],
        ['单个品牌的准确率 = max(0, 1 − |预测量 − 实际量| ÷ 实际量)；合计准确率按实际量加权；全国重点品牌另行汇总。'],
        [`同一用户名、月份和品牌只能有一行；重复导入会覆盖原数据。一次最多 ${MAX_KPI_IMPORT_ROWS} 行；有任何错误时整个文件都不会写入。`],
        ['示例行仅说明格式，导入前请删除或替换为实际数据。'],
      ],
    );
  }
  return workbookBuffer(workbook);
}

export interface UnitExportRow extends PersonRef {
  values: KpiValue[];
  missed: number;
}

/** Every person of a unit with every KPI of the month (shares as percentages) and its status, then the pooled totals. */
export async function unitWorkbook(
  rows: readonly UnitExportRow[],
  summary: readonly UnitKpiSummary[],
  definitions: readonly KpiDefinitionWithTarget[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addXlsxSheet(workbook, {
    name: '人员指标',
    columns: [
      '用户名',
      '姓名',
      '单位',
      ...definitions.flatMap((d) => [{ header: d.name, kind: kindOf(d.code) }, `${d.name}状态`]),
      { header: '未达标项数', kind: 'number' as const },
    ],
    rows: rows.map((row) => [
      row.username,
      row.displayName,
      row.unitName,
      ...row.values.flatMap((v) => [v.value, STATUS_TEXT[v.status]]),
      row.missed,
    ]),
  });
  addXlsxSheet(workbook, {
    name: '汇总',
    columns: ['指标', '数值', '目标', '状态', { header: '有数据人数', kind: 'number' }, { header: '达标人数', kind: 'number' }],
    rows: summary.map((s) => [
      KPI_DEFINITIONS[s.kpi].name,
      { kind: kindOf(s.kpi), value: s.value },
      { kind: kindOf(s.kpi), value: s.target },
      STATUS_TEXT[s.status],
      s.reported,
      s.met,
    ]),
  });
  return workbookBuffer(workbook);
}

function addSheet(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: Cell[][]): ExcelJS.Worksheet {
  return addXlsxSheet(workbook, { name, columns: headers, rows });
}

/** Shares as percentages, amounts (元/条) and counts (条) as numbers with at most two decimals. */
export function kindOf(code: KpiCode): XlsxKind {
  return KPI_DEFINITIONS[code].kind === 'share' ? 'percent' : 'number';
}

function targetText(d: KpiDefinitionWithTarget): string {
  if (d.riseTarget)
    return d.target
      ? `较上年同月增长 ${d.targetUnit === 'percent' ? `${Math.round(d.target * 10000) / 100}%` : `${d.target} 元/条`} 以上，且销量不低于上年同月`
      : '高于上年同月，且销量不低于上年同月';
  if (d.yearOnYear) return '不低于上年同月';
  if (d.informational) return '仅供参考';
  if (d.target === null) return '未设';
  const level = d.kind === 'share' ? `${Math.round(d.target * 1000) / 10}%` : String(d.target);
  return `${d.better === 'higher' ? '≥' : '≤'} ${level}${d.paced ? '（全年，按月进度）' : ''}`;
}
