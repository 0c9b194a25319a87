import { defineErrors } from '../../../platform/errors/error-catalogue';

/** Every error the question bank raises (banks, categories, questions, import), declared once. */
export const QuestionBankErrors = defineErrors({
  'questionBank.bank.notFound': { kind: 'not_found', message: '题库不存在或不在您的权限范围内' },
  'questionBank.bank.createForbidden': { kind: 'forbidden', message: '只有培训员可以创建题库' },
  'questionBank.bank.editForbidden': { kind: 'forbidden', message: '您可以查看此题库，但没有编辑权限（需要培训员角色，且题库属于或共享给您的单位）' },
  'questionBank.bank.shareForbidden': { kind: 'forbidden', message: '只有题库所属单位的培训员可以设置共享' },
  'questionBank.category.notFound': { kind: 'not_found', message: '分类不存在' },
  'questionBank.category.parentNotFound': { kind: 'not_found', message: '上级分类不存在' },
  'questionBank.category.slashInName': { kind: 'invalid', message: '分类名称不能包含 /' },
  'questionBank.category.exists': { kind: 'conflict', message: '分类「{path}」已存在' },
  'questionBank.question.notFound': { kind: 'not_found', message: '题目不存在或不在您的权限范围内' },
  'questionBank.question.notInBank': { kind: 'not_found', message: 'questionIds[{index}]: 题目不存在或不属于此题库' },
  'questionBank.question.targetCategoryNotFound': { kind: 'not_found', message: 'categoryId: 目标分类不存在' },
  /** problems: each `field: message` of the draft's check, joined; details.problems lists them. */
  'questionBank.question.invalid': { kind: 'invalid', message: '{problems}' },
  'questionBank.question.keyTaken': { kind: 'conflict', message: '题库中已有编号为 {key} 的题目' },
  'questionBank.bulk.tagRequired': { kind: 'invalid', message: 'tag: 添加标签时须提供标签' },
  'questionBank.source.supersedeForbidden': { kind: 'forbidden', message: '只有培训员可以标记依据文件已废止' },
  'questionBank.import.fileMissing': { kind: 'invalid', message: '请选择要上传的文件（字段名 file）' },
  'questionBank.import.unknownFormat': { kind: 'invalid', message: '无法从文件名「{fileName}」判断格式，请选择格式（xlsx、csv、gift、aiken、moodle-xml、yaml）' },
  'questionBank.import.fileTooLarge': { kind: 'too_large', message: '{format} 文件不能超过 {maxMegabytes} MB，请拆分后分批导入' },
  'questionBank.import.tooManyQuestions': { kind: 'too_large', message: '一次最多导入 {max} 道题，请拆分文件' },
  /** details is the full report; details.errors locate each problem by line/row and field. */
  'questionBank.import.invalidRows': { kind: 'unprocessable', message: '导入失败：共 {count} 处错误，未写入任何题目' },
  'questionBank.import.empty': { kind: 'unprocessable', message: '文件中没有题目' },
  'questionBank.keyCorrection.questionNotFound': { kind: 'not_found', message: '题目不存在或不在您的权限范围内' },
  /** problems: each `field: message` of the corrected draft's check, joined; details.problems lists them. */
  'questionBank.keyCorrection.invalid': { kind: 'invalid', message: '{problems}' },
  'questionBank.version.notFound': { kind: 'not_found', message: 'version: 这道题没有第 {version} 版' },
  /** problems: each `field: message` of the old version's check under today's rules, joined. */
  'questionBank.version.invalid': { kind: 'unprocessable', message: '第 {version} 版不符合现在的题目规则，无法恢复：{problems}' },
});
