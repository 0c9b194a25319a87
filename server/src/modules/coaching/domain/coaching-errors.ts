import { defineErrors } from '../../../platform/errors/error-catalogue';

/** Every error the coaching module raises, declared once. */
export const CoachingErrors = defineErrors({
  'coaching.action.notFound': { kind: 'not_found', message: '帮扶任务不存在或不在您的管理范围内' },
  'coaching.action.dimensionRequired': { kind: 'invalid', message: 'dimension: 针对性练习需要选择科目' },
  'coaching.action.duePast': { kind: 'invalid', message: 'dueOn: 完成期限不能早于今天' },
});
