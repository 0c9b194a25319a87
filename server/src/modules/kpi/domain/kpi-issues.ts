import { defineIssues } from '../../../platform/errors/issue-catalogue';

/** The problems a KPI import (ratios, forecasts) reports per row; the report's message adds 「第 n 行 列：」 before each. */
export const KpiIssues = defineIssues({
  'kpi.row.empty': '不能为空',
  'kpi.row.notANumber': '「{text}」不是数字',
  'kpi.row.negative': '不能为负数',
  'kpi.row.tooManyDecimals': '最多保留 2 位小数',
  'kpi.row.tooLarge': '数值过大',
  'kpi.row.userUnknown': '用户 {username} 不存在或不在您的管理范围内',
  'kpi.row.notAMonth': '「{text}」不是月份，请写成 2026-11 的形式',
  'kpi.row.futureMonth': '{month} 还没有到，不能导入以后月份的数据',
  'kpi.row.kpiUnknown': '无法识别「{text}」，可填：{known}（或其代码）',
  'kpi.row.denominatorZero': '须为大于 0 的数字',
  'kpi.row.shareOverWhole': '{kpi}是占比，分子（{numerator}）不能大于分母（{denominator}）',
  'kpi.row.verifiedColumnMissing':
    '有效指导率须填写「{column}」列（市场经理实地核实的指导次数，未核实的指导不算无效）：这个文件没有这一列，请下载新模板',
  'kpi.row.verifiedOverCases': '核实的指导次数（{verified}）不能大于指导次数（分母 {cases}）',
  'kpi.row.effectiveOverVerified': '核实有效的次数（{numerator}）不能大于核实的指导次数（{verified}）',
  'kpi.row.verifiedNotApplicable': '只用于有效指导率，其他指标请留空',
  'kpi.row.brandTooLong': '不能超过 {max} 个字符',
  'kpi.row.yesNoUnknown': '无法识别「{text}」，请填 是 或 否（也可填 Y/N、1/0，空白视为否）',
  'kpi.row.actualZero': '须为大于 0 的数字（准确率以实际量为分母）',
  'kpi.row.ratioRepeated': '与第 {first} 行重复（同一用户名、月份和指标只能有一行）',
  'kpi.row.forecastRepeated': '与第 {first} 行重复（同一用户名、月份和品牌只能有一行）',
});
