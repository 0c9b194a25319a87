import type { DimensionStandingDto, PracticeFeedbackDto, PracticeQuestionDto, WrongBookEntryDto } from '@/api/schema'
import { questionsFixture } from '@/modules/exams/testing/fixtures'

export const questionId = (n: number) => `55555555-5555-4555-8555-${String(n).padStart(12, '0')}`

export function wrongEntry(overrides: Partial<WrongBookEntryDto> = {}): WrongBookEntryDto {
  return {
    questionId: questionId(1),
    version: 1,
    type: 'single',
    stem: '零售户取得许可证后，许可证应当如何放置？',
    dimension: '法律法规',
    box: 1,
    dueAt: '2026-11-27T00:00:00.000Z',
    wrongCount: 1,
    lastWrongAt: '2026-11-26T08:00:00.000Z',
    mastered: false,
    ...overrides,
  }
}

/** The exam fixtures' single choice, true/false and numeric questions, as a practice round draws them. */
export function practiceQuestionsFixture(): PracticeQuestionDto[] {
  const bySlot = new Map(questionsFixture().map((q) => [q.slot, q]))
  return [1, 3, 5].map((slot, i) => ({
    ...bySlot.get(slot)!,
    slot: i + 1,
    points: 1,
    questionId: questionId(i + 1),
    dimension: '法律法规',
  }))
}

export function feedbackFixture(overrides: Partial<PracticeFeedbackDto> = {}): PracticeFeedbackDto {
  return {
    state: 'incorrect',
    fraction: 0,
    rightAnswer: 'B',
    explanation: '《烟草专卖许可证管理办法》：许可证应当悬挂在经营场所的显著位置。',
    box: 1,
    nextDueAt: new Date(Date.now() + 10 * 60_000).toISOString(),
    mastered: false,
    serverNow: new Date().toISOString(),
    ...overrides,
  }
}

export function standingsFixture(): DimensionStandingDto[] {
  return [
    { dimension: '法律法规', score: 10, maxScore: 30, percent: 33.3 },
    { dimension: '未分类', score: 4, maxScore: 10, percent: 40 },
    { dimension: '日常业务', score: 12, maxScore: 15, percent: 80 },
  ]
}
