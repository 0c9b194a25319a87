import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import type { AttemptDto, ResultDto } from '@/api/schema'
import * as api from '../api'
import { answerFromServer, isAnswered, type AnswerValue, type ExamQuestion } from '../answer-value'

/** The attempt being taken: its questions and the candidate's answers as shown on screen. */
export const useAttemptStore = defineStore('exam-attempt', () => {
  const attempt = ref<AttemptDto | null>(null)
  const answers = ref<Record<number, AnswerValue>>({})
  /** The result returned by submitting, so the result page opens even if the network drops right then. */
  const lastResult = ref<ResultDto | null>(null)

  const questions = computed<ExamQuestion[]>(() => attempt.value?.questions ?? [])
  const bySlot = computed(() => new Map(questions.value.map((q) => [q.slot, q])))
  const answeredCount = computed(() => questions.value.filter((q) => isAnswered(q.type, answers.value[q.slot])).length)

  /** Shows the server's answers, overridden by newer ones this phone has not managed to send yet. */
  function adopt(dto: AttemptDto, local: ReadonlyMap<number, AnswerValue> = new Map()): void {
    attempt.value = dto
    const types = new Map(dto.questions.map((q) => [q.slot, q.type]))
    const next: Record<number, AnswerValue> = {}
    for (const saved of dto.answers) {
      const type = types.get(saved.slot)
      if (type) next[saved.slot] = answerFromServer(type, saved.answer)
    }
    for (const [slot, value] of local) next[slot] = value
    answers.value = next
  }

  function setAnswer(slot: number, value: AnswerValue): void {
    answers.value = { ...answers.value, [slot]: value }
  }

  const answerOf = (slot: number): AnswerValue => answers.value[slot] ?? null
  const isSlotAnswered = (slot: number) => {
    const question = bySlot.value.get(slot)
    return question ? isAnswered(question.type, answers.value[slot]) : false
  }

  /** Another device saved a newer answer for these slots: show the server's. */
  async function reloadAnswers(slots: readonly number[]): Promise<void> {
    if (!attempt.value) return
    const fresh = await api.getAttempt(attempt.value.id)
    const next = { ...answers.value }
    for (const slot of slots) {
      const type = bySlot.value.get(slot)?.type
      const saved = fresh.answers.find((a) => a.slot === slot)
      if (type) next[slot] = saved ? answerFromServer(type, saved.answer) : null
    }
    answers.value = next
  }

  function rememberResult(result: ResultDto): void {
    lastResult.value = result
  }

  function reset(): void {
    attempt.value = null
    answers.value = {}
  }

  return {
    attempt,
    answers,
    lastResult,
    questions,
    bySlot,
    answeredCount,
    adopt,
    setAnswer,
    answerOf,
    isSlotAnswered,
    reloadAnswers,
    rememberResult,
    reset,
  }
})
