import type { AnswerKey, UpdateQuestionDto } from '@/api/schema'
import { blankCount, isDimension, type Choice, type QuestionContent, type QuestionType } from './question-content'

/**
 * The editor's model. Each row carries what the trainer sees beside it (is this option correct,
 * which answer does this prompt match), so reordering or removing rows never needs an answer remapped.
 * Rows keep the id they came with; new rows take a random one.
 */
export interface FormChoice {
  /** Local key for v-for; never sent. */
  uid: string
  id: string
  text: string
}
export interface FormOption extends FormChoice {
  correct: boolean
  /** Partial credit of a single choice's other option (0..1), kept as imported (Moodle, GIFT); not edited here. */
  credit?: number
}
export interface FormPrompt extends FormChoice {
  /** uid of the matching right-hand row, or '' while unmatched. */
  match: string
}
export interface FormRubric {
  uid: string
  criterion: string
  points: number | undefined
}

export interface QuestionForm {
  type: QuestionType
  stem: string
  options: FormOption[]
  truth: boolean | undefined
  blanks: string[][]
  numericMode: 'value' | 'range'
  value: number | undefined
  tolerance: number | undefined
  min: number | undefined
  max: number | undefined
  unit: string
  left: FormPrompt[]
  right: FormChoice[]
  /** In the correct order. */
  items: FormChoice[]
  referenceAnswer: string
  rubric: FormRubric[]
  category: string
  dimension: string
  difficulty: number | undefined
  points: number | undefined
  tags: string[]
  explanation: string
  sourceDocument: string
  sourceArticle: string
  sourceDate: string
  changeNote: string
}

export type ChoiceList = 'options' | 'left' | 'right' | 'items'

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/**
 * The id a new row gets: random, like the server's importers give, so an id never tells a row's
 * place in the list or in the key (L1 → R1, S1…Sn in the right order did).
 */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('')
}
export const LIST_LIMITS: Record<ChoiceList, { min: number; max: number }> = {
  options: { min: 2, max: 8 },
  left: { min: 2, max: 20 },
  right: { min: 2, max: 20 },
  items: { min: 3, max: 20 },
}

let uidCounter = 0
const uid = () => `r${++uidCounter}`

function freeId(rows: readonly FormChoice[]): string {
  const taken = new Set(rows.map((row) => row.id))
  for (;;) {
    const id = randomId()
    if (!taken.has(id)) return id
  }
}

export function emptyForm(type: QuestionType = 'single'): QuestionForm {
  const form: QuestionForm = {
    type,
    stem: '',
    options: [],
    truth: undefined,
    blanks: [],
    numericMode: 'value',
    value: undefined,
    tolerance: undefined,
    min: undefined,
    max: undefined,
    unit: '',
    left: [],
    right: [],
    items: [],
    referenceAnswer: '',
    rubric: [],
    category: '',
    dimension: '',
    difficulty: undefined,
    points: undefined,
    tags: [],
    explanation: '',
    sourceDocument: '',
    sourceArticle: '',
    sourceDate: '',
    changeNote: '',
  }
  ensureMinimumRows(form)
  return form
}

/**
 * A new question of a type starts with the rows a trainer usually needs (four options); a stored
 * question only gets rows added up to its type's minimum, so an untouched save sends what it loaded.
 */
export function ensureMinimumRows(form: QuestionForm, fresh = true): void {
  const fill = (list: ChoiceList, count: number) => {
    while (form[list].length < count) addRow(form, list)
  }
  switch (form.type) {
    case 'single':
    case 'multiple':
      fill('options', fresh ? 4 : LIST_LIMITS.options.min)
      break
    case 'matching':
      fill('left', 2)
      fill('right', 2)
      break
    case 'ordering':
      fill('items', 3)
      break
    case 'essay':
      if (form.rubric.length === 0) addRubric(form)
      break
    case 'true_false':
    case 'fill_blank':
    case 'numeric':
      break
  }
  syncBlanks(form)
}

export function addRow(form: QuestionForm, list: ChoiceList): void {
  if (form[list].length >= LIST_LIMITS[list].max) return
  const base = { uid: uid(), id: freeId(form[list]), text: '' }
  if (list === 'options') form.options.push({ ...base, correct: false })
  else if (list === 'left') form.left.push({ ...base, match: '' })
  else form[list].push(base)
}

export function removeRow(form: QuestionForm, list: ChoiceList, index: number): void {
  const [removed] = form[list].splice(index, 1)
  if (removed && list === 'right') {
    for (const prompt of form.left) if (prompt.match === removed.uid) prompt.match = ''
  }
}

export function moveRow(form: QuestionForm, list: ChoiceList, index: number, delta: -1 | 1): void {
  const rows = form[list] as FormChoice[]
  const target = index + delta
  if (target < 0 || target >= rows.length) return
  const [row] = rows.splice(index, 1)
  if (row) rows.splice(target, 0, row)
}

/** A single-choice question has exactly one correct option. */
export function markCorrect(form: QuestionForm, index: number): void {
  const option = form.options[index]
  if (!option) return
  if (form.type === 'single') form.options.forEach((o, i) => (o.correct = i === index))
  else option.correct = !option.correct
}

export function addRubric(form: QuestionForm): void {
  form.rubric.push({ uid: uid(), criterion: '', points: undefined })
}

/** One list of accepted answers per {{n}} in the stem. */
export function syncBlanks(form: QuestionForm): void {
  if (form.type !== 'fill_blank') return
  const count = blankCount(form.stem)
  while (form.blanks.length < count) form.blanks.push([])
  if (form.blanks.length > count) form.blanks.splice(count)
}

/** The next blank's marker: one more than the highest number used. */
export function nextBlankMarker(stem: string): string {
  const used = [...stem.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1]))
  return `{{${Math.max(0, ...used) + 1}}}`
}

/** Switching type keeps the stem, meta and the rows the new type can use. */
export function changeType(form: QuestionForm, type: QuestionType): void {
  if (form.type === 'single' && type === 'multiple') {
    // nothing to undo: several correct options are allowed
  } else if (type === 'single') {
    let seen = false
    for (const option of form.options) {
      if (option.correct && !seen) seen = true
      else option.correct = false
    }
  }
  form.type = type
  ensureMinimumRows(form)
}

const toChoices = (rows: readonly FormChoice[]): Choice[] => rows.map(({ id, text }) => ({ id, text: text.trim() }))
const present = (text: string) => text.trim() !== ''

type Body = Partial<Omit<UpdateQuestionDto, 'type' | 'stem' | 'changeNote'>>

function bodyOf(form: QuestionForm): Body {
  // An unfinished form sends what it has (a missing value drops out of the JSON); the server names what is wrong.
  const answer = (value: unknown) => ({ answer: value as AnswerKey })
  switch (form.type) {
    case 'single': {
      const credited = form.options.filter((o) => !o.correct && o.credit !== undefined && o.credit > 0)
      return {
        options: toChoices(form.options),
        ...answer(form.options.find((o) => o.correct)?.id ?? ''),
        ...(credited.length && { credit: Object.fromEntries(credited.map((o) => [o.id, o.credit as number])) }),
      }
    }
    case 'multiple':
      return { options: toChoices(form.options), ...answer(form.options.filter((o) => o.correct).map((o) => o.id)) }
    case 'true_false':
      return answer(form.truth)
    case 'fill_blank':
      return answer(form.blanks.map((accepted) => accepted.map((a) => a.trim()).filter(present)))
    case 'numeric':
      return {
        ...answer(
          form.numericMode === 'value'
            ? { value: form.value, ...(form.tolerance !== undefined && form.tolerance !== null && { tolerance: form.tolerance }) }
            : { min: form.min, max: form.max },
        ),
        ...(present(form.unit) && { unit: form.unit.trim() }),
      }
    case 'matching': {
      const ids = new Map(form.right.map((row) => [row.uid, row.id]))
      const pairs = Object.fromEntries(form.left.flatMap((row) => (ids.has(row.match) ? [[row.id, ids.get(row.match)]] : [])))
      return { left: toChoices(form.left), right: toChoices(form.right), ...answer(pairs) }
    }
    case 'ordering':
      return { items: toChoices(form.items), ...answer(form.items.map((row) => row.id)) }
    case 'essay':
      return {
        referenceAnswer: form.referenceAnswer,
        rubric: form.rubric.map((row) => ({ criterion: row.criterion.trim(), points: row.points ?? 0 })),
      }
  }
}

function metaOf(form: QuestionForm) {
  const source = present(form.sourceDocument)
    ? {
        document: form.sourceDocument.trim(),
        ...(present(form.sourceArticle) && { article: form.sourceArticle.trim() }),
        ...(present(form.sourceDate) && { effectiveDate: form.sourceDate }),
      }
    : undefined
  return {
    stem: form.stem.trim(),
    ...(present(form.category) && { category: form.category.trim().replace(/\s*\/\s*/g, '/') }),
    ...(isDimension(form.dimension) && { dimension: form.dimension }),
    ...(form.difficulty !== undefined && form.difficulty !== null && { difficulty: form.difficulty }),
    ...(form.points !== undefined && form.points !== null && { points: form.points }),
    ...(form.tags.length > 0 && { tags: form.tags }),
    ...(present(form.explanation) && { explanation: form.explanation.trim() }),
    ...(source && { source }),
  }
}

/** What the server receives; a change note only when editing. */
export function toInput(form: QuestionForm, editing = false): UpdateQuestionDto {
  return {
    type: form.type,
    ...metaOf(form),
    ...bodyOf(form),
    ...(editing && present(form.changeNote) && { changeNote: form.changeNote.trim() }),
  }
}

/** The form as the content it would save, for the live preview. */
export function toContent(form: QuestionForm): QuestionContent {
  const input = toInput(form)
  return { ...input, stem: form.stem } as unknown as QuestionContent
}

function rows(choices: readonly Choice[]): FormChoice[] {
  return choices.map((choice) => ({ uid: uid(), id: choice.id, text: choice.text }))
}

function fillBody(form: QuestionForm, body: QuestionContent): void {
  switch (body.type) {
    case 'single':
      form.options = rows(body.options).map((row) => ({
        ...row,
        correct: row.id === body.answer,
        ...(body.credit?.[row.id] !== undefined && { credit: body.credit[row.id] }),
      }))
      break
    case 'multiple':
      form.options = rows(body.options).map((row) => ({ ...row, correct: body.answer.includes(row.id) }))
      break
    case 'true_false':
      form.truth = body.answer
      break
    case 'fill_blank':
      form.blanks = body.answer.map((accepted) => [...accepted])
      break
    case 'numeric':
      if ('value' in body.answer) {
        form.numericMode = 'value'
        form.value = body.answer.value
        form.tolerance = body.answer.tolerance
      } else {
        form.numericMode = 'range'
        form.min = body.answer.min
        form.max = body.answer.max
      }
      form.unit = body.unit ?? ''
      break
    case 'matching': {
      form.right = rows(body.right)
      const uids = new Map(form.right.map((row) => [row.id, row.uid]))
      form.left = rows(body.left).map((row) => ({ ...row, match: uids.get(body.answer[row.id] ?? '') ?? '' }))
      break
    }
    case 'ordering': {
      const byId = new Map(rows(body.items).map((row) => [row.id, row]))
      form.items = body.answer.flatMap((id) => byId.get(id) ?? [])
      break
    }
    case 'essay':
      form.referenceAnswer = body.referenceAnswer
      form.rubric = body.rubric.map((item) => ({ uid: uid(), criterion: item.criterion, points: item.points }))
      break
  }
}

export function formFromContent(content: QuestionContent): QuestionForm {
  const form = emptyForm(content.type)
  form.options = []
  form.left = []
  form.right = []
  form.items = []
  form.rubric = []
  form.stem = content.stem
  form.category = content.category ?? ''
  form.dimension = content.dimension ?? ''
  form.difficulty = content.difficulty
  form.points = content.points
  form.tags = [...(content.tags ?? [])]
  form.explanation = content.explanation ?? ''
  form.sourceDocument = content.source?.document ?? ''
  form.sourceArticle = content.source?.article ?? ''
  form.sourceDate = content.source?.effectiveDate ?? ''
  fillBody(form, content)
  ensureMinimumRows(form, false)
  return form
}

/** Problems the server would report in English (empty rows): caught here, in the trainer's words. */
export type LocalProblem = { field: string; key: 'stemRequired' | 'rowEmpty' | 'rubricEmpty' }

export function localProblems(form: QuestionForm): LocalProblem[] {
  const problems: LocalProblem[] = []
  if (!present(form.stem)) problems.push({ field: 'stem', key: 'stemRequired' })
  const lists: ChoiceList[] =
    form.type === 'single' || form.type === 'multiple'
      ? ['options']
      : form.type === 'matching'
        ? ['left', 'right']
        : form.type === 'ordering'
          ? ['items']
          : []
  for (const list of lists) if (form[list].some((row) => !present(row.text))) problems.push({ field: list, key: 'rowEmpty' })
  if (form.type === 'essay' && form.rubric.some((row) => !present(row.criterion) || !row.points)) {
    problems.push({ field: 'rubric', key: 'rubricEmpty' })
  }
  return problems
}
