import { defineErrors } from '../../../platform/errors/error-catalogue';

/** Every error the competency module raises, declared once. */
export const CompetencyErrors = defineErrors({
  'competency.person.notInScope': { kind: 'not_found', message: '人员不存在或不在您的管理范围内' },
  'competency.targets.forbidden': { kind: 'forbidden', message: '只有营销部负责人或管理员可以修改能力目标' },
  'competency.evidence.invalid': { kind: 'invalid', message: '能力证据无效：{problem}' },
  'competency.targets.duplicateDimension': { kind: 'invalid', message: 'targets: 同一能力维度只能出现一次' },
});
