import type { QuestionReview, ShownQuestion } from '@/components/question/question-shape'
import type { Choice } from '@/modules/question-bank/question-content'
import type { ReviewedSlot } from './attempt-review'

/** A list in the order the candidate saw it (`shownOrder`), anything not listed after, as stored. */
function inShownOrder(list: readonly Choice[], shown: readonly string[] | undefined): Choice[] {
  const byId = new Map(list.map((c) => [c.id, c]))
  const listed = (shown ?? []).flatMap((id) => byId.get(id) ?? [])
  return [...listed, ...list.filter((c) => !listed.includes(c))]
}

/**
 * A reviewed slot as the candidate saw the question: the lists in their order, so the trainer reads
 * the letters the candidate read. The ids stay the stored ones, which the slot's answer and key use.
 */
export function shownQuestionOf(slot: ReviewedSlot): ShownQuestion {
  const { content, shownOrder } = slot
  const base = { stem: content.stem, points: slot.points }
  switch (content.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: content.type, options: inShownOrder(content.options, shownOrder?.options) }
    case 'matching':
      return { ...base, type: 'matching', left: content.left, right: inShownOrder(content.right, shownOrder?.right) }
    case 'ordering':
      return { ...base, type: 'ordering', items: inShownOrder(content.items, shownOrder?.items) }
    case 'fill_blank':
      return { ...base, type: 'fill_blank', blanks: content.answer.length }
    case 'numeric':
      return { ...base, type: 'numeric', ...(content.unit && { unit: content.unit }) }
    case 'true_false':
    case 'essay':
      return { ...base, type: content.type }
  }
}

/** What the trainer's review shows: the answer, its marking and the key the server sent with the slot. */
export function reviewOfSlot(slot: ReviewedSlot): QuestionReview {
  const { content } = slot
  return {
    answer: slot.answer,
    state: slot.state,
    score: slot.score,
    rightAnswer: content.type === 'essay' ? content.referenceAnswer : content.answer,
    feedback: slot.feedback,
  }
}
