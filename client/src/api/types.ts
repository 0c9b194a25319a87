/**
 * Names for the contract's shapes that the client's modules and components share; every one is the
 * generated schema's own type (schema.ts), so it follows the server.
 */
import type {
  AnalysedItemDto,
  AttemptReviewDto,
  ChoiceDto,
  ItemAnalysisDto,
  ItemDistractorsDto,
  OptionTallyDto,
  QuestionContent,
  ReviewedAttemptDto,
  ReviewedSlotDto,
  RubricItemDto,
  ShownOrderDto,
  SourceReferenceDto,
  TestStatisticsDto,
  TimelineEventDto,
} from './schema'

export type { AnswerKey, AnswerValue, ItemReview, NumericAnswer, PaperStructure, QuestionContent } from './schema'

/** A question's content, narrowed to one type: QuestionOfType<'numeric'>. */
export type QuestionType = QuestionContent['type']
export type QuestionOfType<T extends QuestionType> = Extract<QuestionContent, { type: T }>

export type Choice = ChoiceDto
export type RubricItem = RubricItemDto
export type SourceReference = SourceReferenceDto

/** A trainer's view of one attempt (GET /api/attempts/{attemptId}/review). */
export type AttemptReview = AttemptReviewDto
export type ReviewedAttempt = ReviewedAttemptDto
export type ReviewedSlot = ReviewedSlotDto
export type SlotState = NonNullable<ReviewedSlotDto['state']>
export type TimelineEvent = TimelineEventDto
/** The order a candidate was shown the choices in; null when as stored. */
export type ShownOrder = ShownOrderDto

/** The item analysis of a sitting (GET /api/sittings/{id}/item-analysis). */
export type ItemAnalysis = ItemAnalysisDto
export type AnalysedItem = AnalysedItemDto
export type TestStatistics = TestStatisticsDto
export type ItemDistractors = ItemDistractorsDto
export type OptionTally = OptionTallyDto
