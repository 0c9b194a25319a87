import { computed, reactive, ref } from 'vue'
import type { BlueprintRuleDto, CreatePaperDto, PaperDetailDto, PaperDto, QuestionDto } from '@/api/schema'
import { schemaValues } from '@/composables/schema-values'
import { ApiError } from '@/api/http'
import { contentOf, type Dimension, type QuestionType } from '@/modules/question-bank/question-content'
import { richTextToPlain } from '@/modules/question-bank/rich-text'
import { useExamAdminI18n } from '../i18n'
import { usePapersStore } from '../stores/papers'
import { errorText } from '@/i18n/error-text'

export type MultipleRule = CreatePaperDto['multipleRule'] & string
export const MULTIPLE_RULES = schemaValues<MultipleRule>({ all_or_nothing: true, partial_half: true, proportional_penalty: true })

export interface SlotDraft {
  questionId: string
  points: number
  key: string
  type: QuestionType
  /** Plain text of the stem, for the list. */
  stem: string
}

export interface SectionDraft {
  uid: number
  title: string
  slots: SlotDraft[]
}

export interface RuleDraft {
  uid: number
  bankId: string
  type: QuestionType | ''
  categoryPath: string
  dimension: Dimension | ''
  difficulty: number | ''
  count: number
  points: number
}

export interface PaperFields {
  title: string
  description: string
  kind: PaperDto['kind']
  multipleRule: MultipleRule
  partialCredit: boolean
}

/** The server's answer when a rule cannot be filled: 400 with `rules[i]: …只有 N 道可用` and these details. */
export interface Shortfall {
  ruleIndex: number
  needed: number
  available: number
  message: string
}

let nextUid = 1
const uid = () => nextUid++

export function emptyRule(): RuleDraft {
  return { uid: uid(), bankId: '', type: '', categoryPath: '', dimension: '', difficulty: '', count: 5, points: 2 }
}

function isShortfallDetails(value: unknown): value is Omit<Shortfall, 'message'> {
  return typeof value === 'object' && value !== null && 'ruleIndex' in value && typeof value.ruleIndex === 'number'
}

/** The rule a 400 answer is about, from its details or, failing that, its `rules[i]:` prefix. */
export function shortfallFrom(error: unknown): Shortfall | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null
  if (isShortfallDetails(error.details)) return { ...error.details, message: errorText(error) }
  const match = /^rules\[(\d+)\]:/.exec(error.message)
  return match ? { ruleIndex: Number(match[1]), needed: 0, available: 0, message: errorText(error) } : null
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

/** A fixed paper the server refused names the question (retired, or its source superseded) by id. */
export function rejectedQuestionFrom(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null
  if (typeof error.params.questionId === 'string') return error.params.questionId
  return error.message.startsWith('sections:') ? (UUID.exec(error.message)?.[0] ?? null) : null
}

export function ruleToDto(rule: RuleDraft): BlueprintRuleDto {
  return {
    bankId: rule.bankId,
    count: rule.count,
    points: rule.points,
    ...(rule.type && { type: rule.type }),
    ...(rule.categoryPath && { categoryPath: rule.categoryPath }),
    ...(rule.dimension && { dimension: rule.dimension }),
    ...(rule.difficulty !== '' && { difficulty: rule.difficulty }),
  }
}

const ruleSignature = (rule: RuleDraft) => JSON.stringify(ruleToDto(rule))

/** The new-paper form: a fixed paper's sections of picked questions, or a blueprint's draw rules. */
export function usePaperForm() {
  const { t } = useExamAdminI18n()
  const store = usePapersStore()

  const form = reactive<PaperFields>({ title: '', description: '', kind: 'blueprint', multipleRule: 'all_or_nothing', partialCredit: true })
  const sections = ref<SectionDraft[]>([{ uid: uid(), title: t('examAdmin.sections.defaultTitle', { n: 1 }), slots: [] }])
  const rules = ref<RuleDraft[]>([emptyRule()])

  const failure = ref<unknown>(null)
  const shortfall = ref<Shortfall | null>(null)
  /** The shortfall's rule as it was sent: editing that rule takes the highlight away. */
  let shortfallSignature = ''
  const rejectedQuestionId = ref<string | null>(null)

  const summary = computed(() => {
    if (form.kind === 'fixed') {
      const slots = sections.value.flatMap((s) => s.slots)
      return { count: slots.length, score: slots.reduce((sum, s) => sum + s.points, 0) }
    }
    return {
      count: rules.value.reduce((sum, r) => sum + r.count, 0),
      score: rules.value.reduce((sum, r) => sum + r.count * r.points, 0),
    }
  })

  const pickedIds = computed(() => new Set(sections.value.flatMap((s) => s.slots.map((slot) => slot.questionId))))

  /** The shortfall shown on rule `index`, while that rule is as it was when the server refused it. */
  function shortfallOf(index: number): Shortfall | null {
    const found = shortfall.value
    const rule = rules.value[index]
    if (!found || found.ruleIndex !== index || !rule || ruleSignature(rule) !== shortfallSignature) return null
    return found
  }

  function addSection(): void {
    sections.value.push({ uid: uid(), title: t('examAdmin.sections.defaultTitle', { n: sections.value.length + 1 }), slots: [] })
  }

  function removeSection(index: number): void {
    sections.value.splice(index, 1)
  }

  function addQuestions(sectionIndex: number, questions: readonly QuestionDto[]): void {
    const section = sections.value[sectionIndex]
    if (!section) return
    for (const question of questions) {
      if (pickedIds.value.has(question.id)) continue
      const content = contentOf(question)
      section.slots.push({
        questionId: question.id,
        points: content.points ?? section.slots.at(-1)?.points ?? 2,
        key: question.key,
        type: question.type,
        stem: richTextToPlain(content.stem),
      })
    }
  }

  function move<T>(list: T[], index: number, delta: -1 | 1): void {
    const target = index + delta
    if (target < 0 || target >= list.length) return
    const [item] = list.splice(index, 1)
    if (item !== undefined) list.splice(target, 0, item)
  }

  function moveSlot(sectionIndex: number, slotIndex: number, delta: -1 | 1): void {
    const section = sections.value[sectionIndex]
    if (section) move(section.slots, slotIndex, delta)
  }

  function removeSlot(sectionIndex: number, slotIndex: number): void {
    sections.value[sectionIndex]?.slots.splice(slotIndex, 1)
  }

  function addRule(): void {
    const last = rules.value.at(-1)
    rules.value.push({ ...emptyRule(), ...(last && { bankId: last.bankId, points: last.points }) })
  }

  function removeRule(index: number): void {
    rules.value.splice(index, 1)
    if (shortfall.value) shortfall.value = null
  }

  function moveRule(index: number, delta: -1 | 1): void {
    move(rules.value, index, delta)
    shortfall.value = null
  }

  /** What the form lacks before the server is asked; null when it may be sent. */
  function localProblem(): string | null {
    if (form.kind === 'fixed') return pickedIds.value.size === 0 ? t('examAdmin.sections.noQuestions') : null
    if (rules.value.length === 0) return t('examAdmin.rules.noRules')
    const missing = rules.value.findIndex((r) => !r.bankId)
    return missing >= 0 ? `${t('examAdmin.rules.label', { n: missing + 1 })}：${t('examAdmin.rules.bankRequired')}` : null
  }

  function toBody(): CreatePaperDto {
    const base = {
      title: form.title.trim(),
      ...(form.description.trim() && { description: form.description.trim() }),
      kind: form.kind,
      multipleRule: form.multipleRule,
      partialCredit: form.partialCredit,
    }
    if (form.kind === 'fixed') {
      return {
        ...base,
        sections: sections.value
          .filter((s) => s.slots.length > 0)
          .map((s) => ({ title: s.title.trim(), slots: s.slots.map(({ questionId, points }) => ({ questionId, points })) })),
      }
    }
    return { ...base, rules: rules.value.map(ruleToDto) }
  }

  async function submit(): Promise<PaperDetailDto | null> {
    failure.value = null
    shortfall.value = null
    rejectedQuestionId.value = null
    const problem = localProblem()
    if (problem) {
      failure.value = new ApiError(400, [problem])
      return null
    }
    try {
      return await store.create(toBody())
    } catch (error) {
      failure.value = error
      shortfall.value = form.kind === 'blueprint' ? shortfallFrom(error) : null
      const rule = shortfall.value ? rules.value[shortfall.value.ruleIndex] : undefined
      shortfallSignature = rule ? ruleSignature(rule) : ''
      rejectedQuestionId.value = form.kind === 'fixed' ? rejectedQuestionFrom(error) : null
      return null
    }
  }

  return {
    form,
    sections,
    rules,
    summary,
    pickedIds,
    failure,
    shortfall,
    rejectedQuestionId,
    shortfallOf,
    addSection,
    removeSection,
    addQuestions,
    moveSlot,
    removeSlot,
    addRule,
    removeRule,
    moveRule,
    toBody,
    submit,
  }
}
