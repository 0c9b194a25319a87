import { computed, nextTick, ref, watch, type Ref } from 'vue'
import type { ExamQuestion } from '../answer-value'
import { attemptStorageKey, LAYOUT_STORAGE_KEY, readStored, writeStored } from '../exam-storage'

/** One question per screen, or the whole paper on one page. */
export type ExamLayout = 'one' | 'all'

export interface NavigatorItem {
  slot: number
  number: number
  answered: boolean
  flagged: boolean
  current: boolean
}

const isLayout = (value: unknown): value is ExamLayout => value === 'one' || value === 'all'
const isSlotList = (value: unknown): value is number[] => Array.isArray(value) && value.every((v) => typeof v === 'number')

export const questionAnchor = (slot: number) => `question-${slot}`

export interface AttemptNavigationOptions {
  attemptId: string
  questions: Ref<readonly ExamQuestion[]>
  isAnswered: (slot: number) => boolean
  /** Phones start with one question per screen; larger screens with the whole paper. */
  isPhone: Ref<boolean>
}

/** Where the candidate is in the paper, how it is laid out, and the local-only flags. */
export function useAttemptNavigation(options: AttemptNavigationOptions) {
  const { questions } = options
  const chosenLayout = ref<ExamLayout | null>(readStored(LAYOUT_STORAGE_KEY, isLayout))
  const layout = computed<ExamLayout>(() => chosenLayout.value ?? (options.isPhone.value ? 'one' : 'all'))
  const index = ref(0)
  const flagsKey = attemptStorageKey(options.attemptId, 'flags')
  const flags = ref(new Set<number>(readStored(flagsKey, isSlotList) ?? []))

  const total = computed(() => questions.value.length)
  const current = computed<ExamQuestion | null>(() => questions.value[index.value] ?? null)
  const isFirst = computed(() => index.value <= 0)
  const isLast = computed(() => index.value >= total.value - 1)

  watch(total, (count) => {
    if (index.value >= count) index.value = Math.max(0, count - 1)
  })

  function setLayout(next: ExamLayout): void {
    chosenLayout.value = next
    writeStored(LAYOUT_STORAGE_KEY, next)
    if (next === 'all') void scrollTo(current.value?.slot)
  }

  async function scrollTo(slot: number | undefined): Promise<void> {
    if (slot === undefined) return
    await nextTick()
    document.getElementById(questionAnchor(slot))?.scrollIntoView({ block: 'start' })
  }

  function goTo(slot: number): void {
    const found = questions.value.findIndex((q) => q.slot === slot)
    if (found < 0) return
    index.value = found
    void scrollTo(layout.value === 'all' ? slot : undefined)
  }

  const next = () => {
    const slot = questions.value[index.value + 1]?.slot
    if (slot !== undefined) goTo(slot)
  }
  const prev = () => {
    const slot = questions.value[index.value - 1]?.slot
    if (slot !== undefined) goTo(slot)
  }

  /** After a reload, carry on where the work stopped. */
  function startAtFirstUnanswered(): void {
    const first = questions.value.find((q) => !options.isAnswered(q.slot))
    index.value = first ? questions.value.indexOf(first) : 0
  }

  const isFlagged = (slot: number) => flags.value.has(slot)
  function toggleFlag(slot: number): void {
    const nextFlags = new Set(flags.value)
    if (!nextFlags.delete(slot)) nextFlags.add(slot)
    flags.value = nextFlags
    writeStored(flagsKey, [...nextFlags])
  }

  const items = computed<NavigatorItem[]>(() =>
    questions.value.map((q, i) => ({
      slot: q.slot,
      number: i + 1,
      answered: options.isAnswered(q.slot),
      flagged: flags.value.has(q.slot),
      current: i === index.value,
    })),
  )
  const counts = computed(() => {
    const answered = items.value.filter((item) => item.answered).length
    const flagged = items.value.filter((item) => item.flagged)
    return {
      answered,
      unanswered: items.value.length - answered,
      flagged: flagged.length,
      flaggedUnanswered: flagged.filter((item) => !item.answered).length,
    }
  })

  return {
    layout,
    setLayout,
    index,
    current,
    total,
    isFirst,
    isLast,
    next,
    prev,
    goTo,
    startAtFirstUnanswered,
    isFlagged,
    toggleFlag,
    items,
    counts,
  }
}
