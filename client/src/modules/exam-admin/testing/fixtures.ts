import type { CandidateResultDto, GradingQueueItemDto, PaperDto, SittingDto } from '@/api/schema'
import { DEFAULT_REVIEW_POLICY } from '../review-policy'

export const PAPER_ID = '33333333-3333-4333-8333-333333333333'
export const SITTING_ID = '44444444-4444-4444-8444-444444444444'
export const ATTEMPT_ID = '55555555-5555-4555-8555-555555555555'
export const UNIT_CZ1 = '66666666-6666-4666-8666-666666666661'

export function paperFixture(overrides: Partial<PaperDto> = {}): PaperDto {
  return {
    id: PAPER_ID,
    title: '12月 月度测验',
    description: '',
    kind: 'blueprint',
    structure: { kind: 'blueprint', rules: [] },
    multipleRule: 'all_or_nothing',
    partialCredit: true,
    ownerUnitId: UNIT_CZ1,
    questionCount: 20,
    maxScore: 100,
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  }
}

export function sittingFixture(overrides: Partial<SittingDto> = {}): SittingDto {
  return {
    id: SITTING_ID,
    paperId: PAPER_ID,
    paperTitle: '12月 月度测验',
    title: '12月 月度测验',
    opensAt: '2026-12-05T01:00:00.000Z',
    closesAt: '2026-12-05T10:00:00.000Z',
    durationMinutes: 30,
    attemptsAllowed: 1,
    gradingMethod: 'highest',
    passPercent: 60,
    shuffleQuestions: true,
    reviewPolicy: DEFAULT_REVIEW_POLICY,
    switchLimit: null,
    makeupOf: null,
    ownerUnitId: UNIT_CZ1,
    assignees: [{ unitId: UNIT_CZ1, role: 'staff', userId: null }],
    overrides: [],
    canManage: true,
    ...overrides,
  }
}

export function resultFixture(overrides: Partial<CandidateResultDto> = {}): CandidateResultDto {
  return {
    userId: '77777777-7777-4777-8777-777777777701',
    username: 'staff01',
    displayName: '王建国',
    unitName: '城中一组',
    status: 'graded',
    attemptsUsed: 1,
    score: 80,
    maxScore: 100,
    percent: 80,
    passed: true,
    submittedAt: '2026-12-05T02:00:00.000Z',
    switchCount: 0,
    lastAttemptId: ATTEMPT_ID,
    ...overrides,
  }
}

export function queueItemFixture(overrides: Partial<GradingQueueItemDto> = {}): GradingQueueItemDto {
  return {
    attemptId: ATTEMPT_ID,
    slot: 20,
    sittingId: SITTING_ID,
    sittingTitle: '12月 月度测验',
    stem: '简述客户经理走访零售户时的经营指导要点。',
    referenceAnswer: '按线路走访；宣传政策；记录需求并跟踪。',
    rubric: [
      { criterion: '按线路走访', points: 4 },
      { criterion: '宣传政策', points: 3 },
      { criterion: '记录并跟踪', points: 3 },
    ],
    response: '按线路走访，宣传政策。',
    points: 10,
    marks: 0,
    markedByMe: false,
    ...overrides,
  }
}
