import type { ReviewPolicyDto, ReviewVisibilityDto } from '@/api/schema'
import { schemaValues } from '@/composables/schema-values'

export type ReviewMoment = keyof ReviewPolicyDto
export type ReviewItem = keyof ReviewVisibilityDto

/** The review policy as a grid: rows are moments, columns what the candidate sees then. */
export const REVIEW_MOMENTS = schemaValues<ReviewMoment>({ afterSubmit: true, afterClose: true })
export const REVIEW_ITEMS = schemaValues<ReviewItem>({ score: true, correctness: true, rightAnswers: true, explanations: true })

/** Ticked cells as "moment.item" keys, the shape an el-checkbox-group binds to. */
export type ReviewCell = `${ReviewMoment}.${ReviewItem}`

/** The server's default for a monthly quiz: the score at once, everything else once everyone is done. */
export const DEFAULT_REVIEW_POLICY: ReviewPolicyDto = {
  afterSubmit: { score: true, correctness: false, rightAnswers: false, explanations: false },
  afterClose: { score: true, correctness: true, rightAnswers: true, explanations: true },
}

export function cellsFromPolicy(policy: ReviewPolicyDto): ReviewCell[] {
  return REVIEW_MOMENTS.flatMap((moment) =>
    REVIEW_ITEMS.filter((item) => policy[moment][item]).map((item): ReviewCell => `${moment}.${item}`),
  )
}

export function policyFromCells(cells: readonly string[]): ReviewPolicyDto {
  const ticked = new Set(cells)
  const row = (moment: ReviewMoment) => ({
    score: ticked.has(`${moment}.score`),
    correctness: ticked.has(`${moment}.correctness`),
    rightAnswers: ticked.has(`${moment}.rightAnswers`),
    explanations: ticked.has(`${moment}.explanations`),
  })
  return { afterSubmit: row('afterSubmit'), afterClose: row('afterClose') }
}

/**
 * Closing the window can only add to what submission showed (the server ORs the rows), so a cell
 * ticked after submit is also in effect after close: the grid shows it ticked and locked there.
 */
export function impliedAfterClose(cells: readonly string[]): ReviewItem[] {
  return REVIEW_ITEMS.filter((item) => cells.includes(`afterSubmit.${item}`))
}

/** Right answers shown while others may still be taking the exam let answers spread. */
export function leaksAnswersEarly(cells: readonly string[]): boolean {
  return cells.includes('afterSubmit.rightAnswers') || cells.includes('afterSubmit.explanations')
}
