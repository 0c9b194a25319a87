import type { Choice, QuestionContent } from './question-content'

/**
 * A question as a candidate receives it: everything needed to answer, nothing that gives the answer
 * away. The editor's preview renders this shape with the shared QuestionView, as the exam page does the server's.
 */
export type CandidateQuestion = { stem: string; points?: number } & (
  | { type: 'single' | 'multiple'; options: Choice[] }
  | { type: 'true_false' }
  | { type: 'fill_blank' }
  | { type: 'numeric'; unit?: string }
  | { type: 'matching'; left: Choice[]; right: Choice[] }
  | { type: 'ordering'; items: Choice[] }
  | { type: 'essay' }
)

function hash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

/**
 * A stable shuffle (the same list always comes out the same way, so the preview does not jump while
 * typing) that never leaves a list of two or more in its original order: an ordering question's
 * items are stored in the correct order, and showing them so would give the answer away.
 */
export function stableShuffle<T extends Choice>(list: readonly T[]): T[] {
  const out = [...list].sort((a, b) => hash(`${a.id}:${a.text}`) - hash(`${b.id}:${b.text}`) || a.id.localeCompare(b.id))
  if (out.length > 1 && out.every((item, i) => item.id === list[i]?.id)) out.push(out.shift() as T)
  return out
}

export function toCandidateQuestion(content: QuestionContent): CandidateQuestion {
  const base = { stem: content.stem, ...(content.points !== undefined && { points: content.points }) }
  switch (content.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: content.type, options: content.options.map(({ id, text }) => ({ id, text })) }
    case 'true_false':
    case 'fill_blank':
    case 'essay':
      return { ...base, type: content.type }
    case 'numeric':
      return { ...base, type: 'numeric', ...(content.unit && { unit: content.unit }) }
    case 'matching':
      return { ...base, type: 'matching', left: content.left, right: stableShuffle(content.right) }
    case 'ordering':
      return { ...base, type: 'ordering', items: stableShuffle(content.items) }
  }
}

/** Changes when what can be answered changes (not when a text is edited), so a typed answer survives typing in the editor. */
export function answerShape(question: CandidateQuestion): string {
  const ids = (list: readonly Choice[]) => list.map((c) => c.id).join(',')
  switch (question.type) {
    case 'single':
    case 'multiple':
      return `${question.type}:${ids(question.options)}`
    case 'matching':
      return `matching:${ids(question.left)}/${ids(question.right)}`
    case 'ordering':
      return `ordering:${[...question.items.map((i) => i.id)].sort().join(',')}`
    case 'true_false':
    case 'fill_blank':
    case 'numeric':
    case 'essay':
      return question.type
  }
}
