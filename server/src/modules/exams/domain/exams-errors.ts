import { defineErrors } from '../../../platform/errors/error-catalogue';

/** Every error the exams module raises (papers, sittings, taking, grading, practice), declared once. */
export const ExamsErrors = defineErrors({
  'exams.paper.notFound': { kind: 'not_found', message: '试卷不存在或不在您的权限范围内' },
  'exams.paper.empty': { kind: 'invalid', message: 'sections: 试卷至少需要一道题' },
  'exams.paper.duplicateQuestion': { kind: 'invalid', message: 'sections: 同一道题不能在试卷中出现两次' },
  'exams.paper.questionNotFound': { kind: 'invalid', message: 'sections: 题目 {questionId} 不存在' },
  'exams.paper.questionRetired': { kind: 'invalid', message: 'sections: 题目 {questionId} 已停用，不能用于新试卷' },
  'exams.paper.questionNeedsReview': { kind: 'invalid', message: 'sections: 题目 {questionId} 的依据文件已废止，复核前不能用于新试卷' },
  'exams.paper.noRules': { kind: 'invalid', message: 'rules: 抽题试卷至少需要一条规则' },
  /** details: { ruleIndex, needed, available }. */
  'exams.paper.ruleShortfall': {
    kind: 'invalid',
    message: 'rules[{ruleIndex}]: 第 {rule} 条抽题规则需要 {needed} 道题，只有 {available} 道可用（已排除停用和待复核的题目）',
  },
  'exams.sitting.notFound': { kind: 'not_found', message: '考试安排不存在或不在您的权限范围内' },
  'exams.sitting.notAssigned': { kind: 'not_found', message: '考试不存在或未安排给您' },
  'exams.sitting.invalidWindow': { kind: 'invalid', message: 'closesAt: 结束时间须晚于开始时间' },
  'exams.sitting.noAssignees': { kind: 'invalid', message: 'assignees: 请至少指定一个参考单位、角色或人员' },
  'exams.sitting.emptyAssignee': { kind: 'invalid', message: 'assignees: 每一项须指定单位、角色或人员' },
  'exams.sitting.notOpenYet': { kind: 'conflict', message: '考试尚未开始，开始时间：{opensAt}' },
  'exams.sitting.over': { kind: 'conflict', message: '考试已结束，如需补考请联系培训员' },
  'exams.sitting.attemptsUsed': { kind: 'conflict', message: '已用完全部 {allowed} 次作答机会' },
  'exams.sitting.shortfall': {
    kind: 'conflict',
    message: '题库中可用的题目不足，无法组卷：第 {rule} 条抽题规则需要 {needed} 道题，只有 {available} 道可用。请联系培训员。',
  },
  'exams.attempt.notFound': { kind: 'not_found', message: '作答记录不存在' },
  'exams.attempt.startFailed': { kind: 'conflict', message: '开始考试失败，请重试' },
  'exams.attempt.noSuchSlot': { kind: 'not_found', message: '本场考试没有第 {slot} 题' },
  /** details.reason: 'submitted'; the client stops sending answers. */
  'exams.attempt.submitted': { kind: 'conflict', message: '本次作答已交卷，答案不能再修改' },
  /** details.reason: 'deadline'; the client stops sending answers. */
  'exams.attempt.closed': { kind: 'conflict', message: '作答时间已到，答案未能保存' },
  /** details: { reason: 'stale', seq }. */
  'exams.answer.stale': { kind: 'conflict', message: '服务器上已有更新的答案（序号更大），此次保存被忽略' },
  'exams.answer.missing': { kind: 'invalid', message: 'answer: 缺少答案字段（清空答案请传 null）' },
  /** problem: answer-shape's sentence for this question type. */
  'exams.answer.invalidShape': { kind: 'invalid', message: 'answer: {problem}' },
  'exams.grading.notSubmitted': { kind: 'conflict', message: '考生尚未交卷，不能评分' },
  'exams.grading.notEssay': { kind: 'not_found', message: '第 {slot} 题不是需要人工评分的简答题' },
  'exams.grading.scoreOutOfRange': { kind: 'invalid', message: 'score: 得分须在 0 到 {max} 之间' },
  'exams.sitting.alreadyEnded': { kind: 'conflict', message: '考试已对所有人结束' },
  'exams.makeup.nobody': { kind: 'conflict', message: '没有需要补考的人员：所有人都已通过' },
  'exams.live.forbidden': { kind: 'forbidden', message: '只有培训员和管理人员可以查看考试实况' },
  'exams.wrongBook.entryNotFound': { kind: 'not_found', message: '错题不存在或暂不能查看' },
  'exams.wrongBook.heldBack': { kind: 'conflict', message: '这道题属于尚未结束的考试，考试结束后才能查看答案' },
  'exams.practice.dimensionRequired': { kind: 'invalid', message: 'dimension: 请选择要练习的能力维度' },
  'exams.practice.questionNotFound': { kind: 'not_found', message: '题目不存在或不在练习范围内' },
  'exams.practice.keyNotReleased': { kind: 'conflict', message: '这道题的答案要等考试结束后才公布，届时可在错题本中练习' },
  'exams.practice.heldBack': { kind: 'conflict', message: '这道题属于尚未结束的考试，考试结束后才能练习' },
  'exams.practice.essay': { kind: 'invalid', message: '简答题不在练习范围内：练习无法评分' },
  'exams.practice.unanswered': { kind: 'invalid', message: 'answer: 请先作答，再查看答案和解析' },
});
