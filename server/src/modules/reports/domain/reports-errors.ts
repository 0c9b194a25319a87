import { defineErrors } from '../../../platform/errors/error-catalogue';

/** Every error the reports module (考核 weights, scorecard, monthly report) raises, declared once. */
export const ReportsErrors = defineErrors({
  'reports.month.invalid': { kind: 'invalid', message: 'month 须为 YYYY-MM 格式的月份，例如 2026-11' },
  'reports.weights.forbidden': { kind: 'forbidden', message: '只有营销部负责人或管理员可以修改考核权重' },
  /** problem: scorecard-weights.ts's sentence. */
  'reports.weights.invalid': { kind: 'invalid', message: '考核权重有误：{problem}' },
});
