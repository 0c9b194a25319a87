import { computed, onMounted, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { LocationQuery } from 'vue-router'
import type { PracticeFeedbackDto, PracticeQuestionDto } from '@/api/schema'
import type { QuestionReview } from '@/components/question/question-shape'
import { isAnswered, normaliseAnswer, type AnswerValue } from '@/modules/exams/answer-value'
import { richTextToPlain } from '@/modules/question-bank/rich-text'
import { isDimension, type Dimension } from '@/modules/question-bank/question-content'
import * as api from '../api'
import { usePracticeMessages } from '../i18n'
import { formatInterval, intervalUntil } from '../review-interval'

export interface PracticeRequest {
  source: api.PracticeSource
  /** Only with source 'dimension'; absent means the weakest. */
  dimension?: Dimension
}

/** Reads ?source=…&dimension=… leniently: anything unknown falls back to reviewing the 错题本. */
export function practiceRequestFrom(query: LocationQuery): PracticeRequest {
  if (query.source !== 'dimension') return { source: 'wrong_book' }
  return isDimension(query.dimension) ? { source: 'dimension', dimension: query.dimension } : { source: 'dimension' }
}

interface Checked {
  feedback: PracticeFeedbackDto
  /** Device time the feedback arrived, to say "in 10 minutes" from then. */
  receivedAt: number
}

export interface FeedbackView {
  state: PracticeFeedbackDto['state']
  right: boolean
  verdict: string
  /** The key and explanation, shown by the shared QuestionFacts with the letters the candidate saw. */
  review: QuestionReview
  box: number
  mastered: boolean
  nextReview: string
}

/**
 * One practice round: a question per screen, answered with the exam's inputs, checked at once
 * (right or wrong, the key, the explanation and when it comes back), then the next; a summary at
 * the end. Nothing is timed and nothing counts towards assessment.
 */
export function usePracticeSession(initial: PracticeRequest) {
  usePracticeMessages()
  // reactive: "practise this next" at the end of a round starts another round on the same page
  const request = reactive<PracticeRequest>({ ...initial })
  const { t, locale } = useI18n()
  const questions = ref<PracticeQuestionDto[]>([])
  const loading = ref(true)
  const loadError = ref<unknown>(null)
  const index = ref(0)
  const finished = ref(false)
  const answers = ref<Record<string, AnswerValue>>({})
  const checked = ref<Record<string, Checked>>({})
  const checking = ref(false)
  const checkError = ref<unknown>(null)

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = null
    try {
      questions.value = await api.drawPractice(request.source, request.dimension)
      index.value = 0
      finished.value = false
      answers.value = {}
      checked.value = {}
      checkError.value = null
    } catch (failure) {
      loadError.value = failure
    } finally {
      loading.value = false
    }
  }

  const total = computed(() => questions.value.length)
  const current = computed(() => questions.value[index.value] ?? null)
  const isLast = computed(() => index.value >= total.value - 1)
  const answer = computed<AnswerValue>(() => (current.value ? (answers.value[current.value.questionId] ?? null) : null))
  const currentChecked = computed(() => (current.value ? (checked.value[current.value.questionId] ?? null) : null))
  const canCheck = computed(
    () => !!current.value && !currentChecked.value && !checking.value && isAnswered(current.value.type, answer.value),
  )

  function setAnswer(value: AnswerValue): void {
    if (!current.value || currentChecked.value) return
    answers.value = { ...answers.value, [current.value.questionId]: value }
  }

  async function check(): Promise<void> {
    const question = current.value
    if (!question || !canCheck.value) return
    checking.value = true
    checkError.value = null
    try {
      const feedback = await api.answerPractice(question.questionId, normaliseAnswer(question.type, answer.value))
      checked.value = { ...checked.value, [question.questionId]: { feedback, receivedAt: Date.now() } }
    } catch (failure) {
      checkError.value = failure
    } finally {
      checking.value = false
    }
  }

  function next(): void {
    if (!currentChecked.value) return
    if (isLast.value) finished.value = true
    else index.value += 1
  }

  function describe(question: PracticeQuestionDto, { feedback }: Checked): FeedbackView {
    const given = answers.value[question.questionId] ?? null
    return {
      state: feedback.state,
      right: feedback.state === 'correct',
      verdict: t(`practice.feedback.${feedback.state}`),
      review: { answer: given, state: feedback.state, rightAnswer: feedback.rightAnswer, explanation: feedback.explanation },
      box: feedback.box,
      mastered: feedback.mastered,
      nextReview: feedback.mastered
        ? t('practice.feedback.mastered')
        : t('practice.feedback.nextReview', {
            when: formatInterval(intervalUntil(feedback.nextDueAt, Date.parse(feedback.serverNow)), locale.value),
          }),
    }
  }

  /** Another round, of another kind (the page stays, its address changes). */
  function restart(next: PracticeRequest): Promise<void> {
    request.source = next.source
    request.dimension = next.dimension
    return load()
  }

  const feedback = computed(() => (current.value && currentChecked.value ? describe(current.value, currentChecked.value) : null))

  const tally = computed(() => {
    const states = Object.values(checked.value).map((c) => c.feedback.state)
    const right = states.filter((s) => s === 'correct').length
    return { right, wrong: states.length - right, checked: states.length }
  })

  /** Every question of the round with how it went, for the summary. */
  const summary = computed(() =>
    questions.value.map((q, i) => ({
      number: i + 1,
      questionId: q.questionId,
      text: richTextToPlain(q.stem).replace(/\{\{\d+\}\}/g, '＿＿'),
      state: checked.value[q.questionId]?.feedback.state ?? null,
    })),
  )

  /** Per dimension of the round: questions answered and answered right, in first-seen order. */
  const byDimension = computed(() => {
    const rows = new Map<string, { dimension: string; answered: number; right: number }>()
    for (const q of questions.value) {
      const state = checked.value[q.questionId]?.feedback.state
      if (!q.dimension || !state) continue
      const row = rows.get(q.dimension) ?? { dimension: q.dimension, answered: 0, right: 0 }
      row.answered += 1
      if (state === 'correct') row.right += 1
      rows.set(q.dimension, row)
    }
    return [...rows.values()]
  })

  /** The dimension to practise next: the one this round went worst in, if anything went wrong. */
  const practiseNext = computed(() => {
    const missed = byDimension.value.filter((d) => d.right < d.answered)
    return missed.sort((a, b) => a.right / a.answered - b.right / b.answered)[0]?.dimension ?? null
  })

  const title = computed(() => {
    if (request.source === 'wrong_book') return t('practice.session.wrongBookTitle')
    return request.dimension ? t('practice.session.dimensionTitle', { dimension: request.dimension }) : t('practice.session.weakestTitle')
  })

  onMounted(() => void load())

  return {
    request,
    title,
    questions,
    loading,
    loadError,
    load,
    index,
    total,
    current,
    isLast,
    finished,
    answer,
    setAnswer,
    canCheck,
    checking,
    checkError,
    check,
    feedback,
    next,
    tally,
    summary,
    byDimension,
    practiseNext,
    restart,
  }
}
