import { richTextToPlain } from './rich-text'
import { positionLetter, type Choice, type QuestionContent, type QuestionType } from './question-content'
import { diffText, type DiffPiece } from './text-diff'

/** The fields a version holds, in the order a trainer reads a question. Category and tags live on the question, not the version. */
export const VERSION_FIELDS = [
  'type', 'stem', 'options', 'left', 'right', 'items', 'answer', 'referenceAnswer', 'rubric', 'explanation', 'points',
  'difficulty', 'dimension', 'source',
] as const
export type VersionField = (typeof VERSION_FIELDS)[number]

export interface DiffWords {
  truth: (value: boolean) => string
  typeName: (type: QuestionType) => string
}

export interface FieldDiff {
  field: VersionField
  before: string
  after: string
  changed: boolean
  pieces: DiffPiece[]
}

const lines = (choices: readonly Choice[]) => choices.map((c, i) => `${positionLetter(i)}. ${richTextToPlain(c.text)}`).join('\n')
const numbered = (choices: readonly Choice[], prefix: string) =>
  choices.map((c, i) => `${prefix}${i + 1}. ${richTextToPlain(c.text)}`).join('\n')

/** Answers name options by the letter a candidate sees, and matching and ordering by their texts. */
export function answerText(content: QuestionContent, words: DiffWords): string {
  const letterOf = (options: readonly Choice[], id: string) => {
    const index = options.findIndex((o) => o.id === id)
    return index >= 0 ? positionLetter(index) : id
  }
  const textOf = (choices: readonly Choice[], id: string) => richTextToPlain(choices.find((c) => c.id === id)?.text ?? id)
  switch (content.type) {
    case 'single':
      return letterOf(content.options, content.answer)
    case 'multiple':
      return content.answer.map((id) => letterOf(content.options, id)).sort().join(', ')
    case 'true_false':
      return words.truth(content.answer)
    case 'fill_blank':
      return content.answer.map((accepted, i) => `(${i + 1}) ${accepted.join(' / ')}`).join('\n')
    case 'numeric': {
      const unit = content.unit ? ` ${content.unit}` : ''
      const a = content.answer
      return 'value' in a ? `${a.value}${a.tolerance ? ` ± ${a.tolerance}` : ''}${unit}` : `${a.min} – ${a.max}${unit}`
    }
    case 'matching':
      return content.left.map((l) => `${richTextToPlain(l.text)} → ${textOf(content.right, content.answer[l.id] ?? '')}`).join('\n')
    case 'ordering':
      return content.answer.map((id) => textOf(content.items, id)).join(' → ')
    case 'essay':
      return ''
  }
}

export function fieldText(content: QuestionContent, field: VersionField, words: DiffWords): string {
  switch (field) {
    case 'type':
      return words.typeName(content.type)
    case 'stem':
      return richTextToPlain(content.stem)
    case 'options':
      return 'options' in content ? lines(content.options) : ''
    case 'left':
      return content.type === 'matching' ? numbered(content.left, 'L') : ''
    case 'right':
      return content.type === 'matching' ? numbered(content.right, 'R') : ''
    case 'items':
      return content.type === 'ordering' ? numbered(content.items, '') : ''
    case 'answer':
      return answerText(content, words)
    case 'referenceAnswer':
      return content.type === 'essay' ? richTextToPlain(content.referenceAnswer) : ''
    case 'rubric':
      return content.type === 'essay' ? content.rubric.map((r) => `${r.criterion}（${r.points}）`).join('\n') : ''
    case 'explanation':
      return richTextToPlain(content.explanation ?? '')
    case 'points':
      return content.points === undefined ? '' : String(content.points)
    case 'difficulty':
      return content.difficulty === undefined ? '' : String(content.difficulty)
    case 'dimension':
      return content.dimension ?? ''
    case 'source': {
      const s = content.source
      return s ? [s.document, s.article, s.effectiveDate].filter(Boolean).join(' · ') : ''
    }
  }
}

/** Field by field, the older version against the newer; fields empty in both are left out. */
export function diffVersions(older: QuestionContent, newer: QuestionContent, words: DiffWords): FieldDiff[] {
  return VERSION_FIELDS.flatMap((field) => {
    const before = fieldText(older, field, words)
    const after = fieldText(newer, field, words)
    if (!before && !after) return []
    return [{ field, before, after, changed: before !== after, pieces: diffText(before, after) }]
  })
}
