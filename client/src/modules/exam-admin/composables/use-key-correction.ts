import { computed, reactive, ref } from 'vue'
import type { AnswerKey, KeyCorrectionResultDto, QuestionDto } from '@/api/schema'
import { ApiError } from '@/api/http'
import { getQuestion } from '@/modules/question-bank/api'
import { contentOf, type QuestionContent } from '@/modules/question-bank/question-content'
import { useExamAdminI18n } from '../i18n'
import { correctKey } from '../api'
// a refused correction lists its problems as coded issues: bring their texts along
import '@/i18n/issue-text'

/** Question types whose key this dialog can correct; the others go to the question editor. */
export const CORRECTABLE = ['single', 'multiple', 'true_false', 'numeric', 'fill_blank'] as const
export type CorrectableType = (typeof CORRECTABLE)[number]

export function isCorrectable(content: QuestionContent): content is Extract<QuestionContent, { type: CorrectableType }> {
  return (CORRECTABLE as readonly string[]).includes(content.type)
}

interface KeyDraft {
  choice: string
  choices: string[]
  truth: boolean
  value: number
  tolerance: number
  min: number
  max: number
  /** One line per blank, accepted answers split by "/". */
  blanks: string
  explanation: string
  note: string
}

function draftFrom(content: QuestionContent): KeyDraft {
  const draft: KeyDraft = {
    choice: '',
    choices: [],
    truth: true,
    value: 0,
    tolerance: 0,
    min: 0,
    max: 0,
    blanks: '',
    explanation: content.explanation ?? '',
    note: '',
  }
  switch (content.type) {
    case 'single':
      return { ...draft, choice: content.answer }
    case 'multiple':
      return { ...draft, choices: [...content.answer] }
    case 'true_false':
      return { ...draft, truth: content.answer }
    case 'numeric':
      return 'min' in content.answer
        ? { ...draft, min: content.answer.min, max: content.answer.max }
        : { ...draft, value: content.answer.value, tolerance: content.answer.tolerance ?? 0 }
    case 'fill_blank':
      return { ...draft, blanks: content.answer.map((accepted) => accepted.join(' / ')).join('\n') }
    case 'matching':
    case 'ordering':
    case 'essay':
      return draft
  }
}

/** The answer in the question type's own shape, as the server stores it. */
export function answerFrom(content: QuestionContent, draft: KeyDraft): AnswerKey | undefined {
  switch (content.type) {
    case 'single':
      return draft.choice
    case 'multiple':
      // Kept in option order, as the editor saves it, so "same key" compares like with like.
      return content.options.map((o) => o.id).filter((id) => draft.choices.includes(id))
    case 'true_false':
      return draft.truth
    case 'numeric':
      return 'min' in content.answer
        ? { min: draft.min, max: draft.max }
        : { value: draft.value, ...(draft.tolerance && { tolerance: draft.tolerance }) }
    case 'fill_blank':
      return draft.blanks
        .split('\n')
        .map((line) =>
          line
            .split('/')
            .map((text) => text.trim())
            .filter(Boolean),
        )
        .filter((accepted) => accepted.length > 0)
    case 'matching':
    case 'ordering':
    case 'essay':
      return undefined
  }
}

function currentAnswer(content: QuestionContent): unknown {
  return 'answer' in content ? content.answer : undefined
}

/** Correcting a wrong key found by item analysis: a new version, and every finished attempt re-scored. */
export function useKeyCorrection() {
  const { t } = useExamAdminI18n()
  const question = ref<QuestionDto | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  const saving = ref(false)
  const saveError = ref<unknown>(null)
  const result = ref<KeyCorrectionResultDto | null>(null)
  const draft = reactive(draftFrom({ type: 'essay', stem: '', referenceAnswer: '', rubric: [] }))

  const content = computed(() => (question.value ? contentOf(question.value) : null))
  const correctable = computed(() => content.value !== null && isCorrectable(content.value))

  async function open(questionId: string): Promise<void> {
    question.value = null
    result.value = null
    saveError.value = null
    error.value = null
    loading.value = true
    try {
      question.value = await getQuestion(questionId)
      Object.assign(draft, draftFrom(contentOf(question.value)))
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  function problem(): string | null {
    const c = content.value
    if (!c) return null
    const answer = answerFrom(c, draft)
    if (answer === '' || (Array.isArray(answer) && answer.length === 0)) return t('examAdmin.keyCorrection.keyRequired')
    if (JSON.stringify(answer) === JSON.stringify(currentAnswer(c))) return t('examAdmin.keyCorrection.sameKey')
    if (!draft.note.trim()) return t('examAdmin.keyCorrection.noteRequired')
    return null
  }

  async function submit(): Promise<KeyCorrectionResultDto | null> {
    const q = question.value
    const c = content.value
    if (!q || !c || !correctable.value) return null
    saveError.value = null
    const found = problem()
    if (found) {
      saveError.value = new ApiError(400, [found])
      return null
    }
    saving.value = true
    try {
      result.value = await correctKey(q.id, {
        answer: answerFrom(c, draft),
        ...(draft.explanation.trim() && { explanation: draft.explanation.trim() }),
        note: draft.note.trim(),
      })
      return result.value
    } catch (failure) {
      saveError.value = failure
      return null
    } finally {
      saving.value = false
    }
  }

  return { question, content, correctable, draft, loading, error, saving, saveError, result, open, submit }
}
