import { defineErrors } from '../../../platform/errors/error-catalogue';

/** Every error the KPI module raises (import, reports, targets), declared once. */
export const KpiErrors = defineErrors({
  'kpi.person.notInScope': { kind: 'not_found', message: '人员不存在或不在您的管理范围内' },
  'kpi.month.invalid': { kind: 'invalid', message: 'month 须为 YYYY-MM 格式的月份，例如 2026-11' },
  'kpi.targets.forbidden': { kind: 'forbidden', message: '只有营销部负责人或管理员可以修改指标目标' },
  'kpi.targets.unknownKpi': { kind: 'invalid', message: '未知的指标：{kpi}' },
  'kpi.targets.duplicate': { kind: 'invalid', message: '指标「{name}」出现了两次' },
  /** problem: kpi-targets.ts's sentence; details.kpi names the target. */
  'kpi.targets.invalid': { kind: 'invalid', message: '{problem}' },
  'kpi.import.fileMissing': { kind: 'invalid', message: '请选择要上传的 XLSX 或 CSV 文件（字段名 file）' },
  'kpi.import.legacyExcel': { kind: 'invalid', message: '不支持旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx 或 CSV 后再上传' },
  'kpi.import.notAWorkbook': { kind: 'invalid', message: '文件扩展名是 .xlsx，但内容不是 Excel 工作簿：文件可能已损坏，请重新导出' },
  'kpi.import.unsupportedFile': { kind: 'invalid', message: '只能导入 .xlsx 或 .csv 文件' },
  'kpi.import.unreadable': { kind: 'unprocessable', message: '{problem}' },
  'kpi.import.missingColumns': { kind: 'unprocessable', message: '表头缺少列：{columns}（请使用下载的模板）' },
  'kpi.import.looksLikeRatios': { kind: 'unprocessable', message: '表头缺少列：{columns}；这像是指标数据表格，请选择导入指标数据' },
  'kpi.import.looksLikeForecasts': { kind: 'unprocessable', message: '表头缺少列：{columns}；这像是预测数据表格，请选择导入预测数据' },
  'kpi.import.noRows': { kind: 'unprocessable', message: '表格中没有数据行' },
  'kpi.import.tooManyRows': { kind: 'too_large', message: '一次最多导入 {max} 行，这个文件有 {rows} 行：请按月份拆分后分批导入' },
  /** details.errors locate each problem by row and field. */
  'kpi.import.invalidRows': { kind: 'unprocessable', message: '导入失败：共 {count} 处错误，未写入任何数据' },
  'kpi.import.invalidRowsListed': { kind: 'unprocessable', message: '导入失败：共 {count} 处错误，以下列出前 {listed} 处，未写入任何数据' },
  'kpi.brandList.forbidden': { kind: 'forbidden', message: '只有营销部负责人或管理员可以维护品牌名单' },
  'kpi.brandList.invalid': { kind: 'invalid', message: '品牌名单有误：{problems}' },
  /** details.errors locate each problem by row and field. */
  'kpi.brandList.invalidRows': { kind: 'unprocessable', message: '品牌名单导入失败：共 {count} 处错误，未写入任何数据' },
});
