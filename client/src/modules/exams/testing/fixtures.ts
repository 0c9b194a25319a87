import type { AttemptDto, CandidateQuestionDto, MyExamDto, ResultDto } from '@/api/schema'

export const ATTEMPT_ID = '33333333-3333-4333-8333-333333333333'
export const SITTING_ID = '44444444-4444-4444-8444-444444444444'
export const SERVER_NOW = '2026-11-27T01:00:00.000Z'

/** One question of every type, in slot order. */
export function questionsFixture(): CandidateQuestionDto[] {
  return [
    {
      slot: 1,
      type: 'single',
      stem: '零售户取得许可证后，许可证应当如何放置？',
      points: 5,
      options: [
        { id: 'C', text: '交给客户经理代为保管' },
        { id: 'A', text: '锁在抽屉里' },
        { id: 'B', text: '悬挂在经营场所的显著位置' },
      ],
    },
    {
      slot: 2,
      type: 'multiple',
      stem: '预测准确率考核的重点包括？',
      points: 5,
      options: [
        { id: 'A', text: '市场真实需求' },
        { id: 'B', text: '重点骨干品牌' },
      ],
    },
    { slot: 3, type: 'true_false', stem: '假冒商标卷烟可以降价处理销售。', points: 5 },
    { slot: 4, type: 'fill_blank', stem: '铃响{{1}}声之内接起；先{{2}}，再自报单位。', points: 5, blanks: 2 },
    { slot: 5, type: 'numeric', stem: '经营指导面 60%，150 户至少指导多少户？', points: 5, unit: '户' },
    {
      slot: 6,
      type: 'matching',
      stem: '把法规与内容配对。',
      points: 5,
      left: [
        { id: 'L1', text: '烟草专卖法' },
        { id: 'L2', text: '价格法' },
      ],
      right: [
        { id: 'R1', text: '明码标价' },
        { id: 'R2', text: '专卖许可' },
      ],
    },
    {
      slot: 7,
      type: 'ordering',
      stem: '把查询报表的步骤排序。',
      points: 5,
      items: [
        { id: 'S3', text: '执行查询' },
        { id: 'S1', text: '设置条件' },
        { id: 'S2', text: '进入报表' },
      ],
    },
    { slot: 8, type: 'essay', stem: '简述走访零售户的要点。', points: 10 },
  ]
}

export function attemptFixture(overrides: Partial<AttemptDto> = {}): AttemptDto {
  return {
    id: ATTEMPT_ID,
    sittingId: SITTING_ID,
    title: '2026年11月 月度测验',
    status: 'in_progress',
    deadline: '2026-11-27T01:30:00.000Z',
    serverNow: SERVER_NOW,
    graceSeconds: 30,
    switchLimit: null,
    switchCount: 0,
    questions: questionsFixture(),
    answers: [],
    ...overrides,
  }
}

export function myExamFixture(overrides: Partial<MyExamDto> = {}): MyExamDto {
  return {
    sittingId: SITTING_ID,
    title: '2026年11月 月度测验',
    status: 'open',
    opensAt: '2026-11-27T00:00:00.000Z',
    closesAt: '2026-12-27T00:00:00.000Z',
    durationMinutes: 30,
    attemptsUsed: 0,
    attemptsAllowed: 1,
    inProgressAttemptId: null,
    inProgressDeadline: null,
    lastAttemptId: null,
    questionCount: 20,
    maxScore: 100,
    serverNow: SERVER_NOW,
    ...overrides,
  }
}

export function resultFixture(overrides: Partial<ResultDto> = {}): ResultDto {
  return {
    attemptId: ATTEMPT_ID,
    sittingId: SITTING_ID,
    title: '2026年11月 月度测验',
    status: 'graded',
    submittedAt: '2026-11-27T01:20:00.000Z',
    visible: { score: true, correctness: false, rightAnswers: false, explanations: false },
    moreAfterClose: true,
    score: 72.5,
    maxScore: 100,
    percent: 72.5,
    passed: true,
    passPercent: 60,
    byDimension: [
      { dimension: '法律法规', score: 20, maxScore: 30, pending: false },
      { dimension: '日常业务', score: 10, maxScore: 15, pending: false },
    ],
    ...overrides,
  }
}
