import { computed, onBeforeUnmount, onMounted, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { DimensionScoreDto, ResultDto } from '@/api/schema'
import { formatDateTime } from '@/composables/format'
import * as api from '../api'
import { useAttemptStore } from '../stores/attempt'

/** Seconds between looks at a score being worked out: soon at first, then less often. */
const SCORING_POLL_SECONDS = [2, 3, 5, 8, 13, 20]

/**
 * When to look again at a result still being scored, the `n`th time. Spread by ±25 % so a room
 * that submitted in the same second does not come back in the same second either.
 */
export function scoringPollDelayMs(n: number, random: () => number = Math.random): number {
  const seconds = SCORING_POLL_SECONDS[Math.min(n, SCORING_POLL_SECONDS.length - 1)]
  return Math.round(seconds * 1000 * (0.75 + random() * 0.5))
}

/** The result page: what the review policy lets the candidate see now, and nothing more. */
export function useAttemptResult(attemptId: string) {
  const { t } = useI18n()
  const store = useAttemptStore()
  const cached = store.lastResult?.attemptId === attemptId ? store.lastResult : null
  const result = ref<ResultDto | null>(cached)
  const loading = ref(!cached)
  const error = ref<unknown>(null)
  let polls = 0
  let pollTimer: ReturnType<typeof setTimeout> | undefined
  let unmounted = false

  /** A result still being scored is asked for again, later each time, until the score is there. */
  function pollWhileScoring(): void {
    clearTimeout(pollTimer)
    if (unmounted || result.value?.status !== 'scoring') return
    pollTimer = setTimeout(() => void load(), scoringPollDelayMs(polls++))
  }

  async function load(): Promise<void> {
    loading.value = !result.value
    error.value = null
    try {
      result.value = await api.getResult(attemptId)
    } catch (failure) {
      // The result handed over by submitting is still worth showing when the refresh fails.
      if (!result.value) error.value = failure
    } finally {
      loading.value = false
      pollWhileScoring()
    }
  }

  const submitted = computed(() => result.value !== null && result.value.status !== 'in_progress')
  const hasScore = computed(() => typeof result.value?.score === 'number')
  const scoring = computed(() => result.value?.status === 'scoring')
  const awaitingGrading = computed(() => result.value?.visible.score === true && result.value.status === 'submitted')
  /**
   * The line above the review: 'later' when the policy shows more once the window closes, 'never'
   * when the answers are hidden now and will stay hidden, nothing when all there is is shown.
   */
  const answersNotice = computed<'later' | 'never' | null>(() => {
    if (!submitted.value || !result.value) return null
    if (result.value.moreAfterClose) return 'later'
    return result.value.visible.rightAnswers ? null : 'never'
  })
  const dimensions = computed(() => result.value?.byDimension ?? [])

  const submittedAt = computed(() => (result.value?.submittedAt ? formatDateTime(result.value.submittedAt) : null))

  /**
   * Per subject, as a share of what it was worth (subjects carry different points). A subject with
   * an essay still to mark says 待阅卷 and has no bar: what is scored so far would read as a fail.
   */
  const dimensionChart = computed(() => {
    const rows = [...dimensions.value].reverse()
    const label = (d: DimensionScoreDto) => (d.pending ? `${d.dimension}（${t('exams.result.pendingMarking')}）` : d.dimension)
    return {
      animation: false,
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value' as const, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category' as const, data: rows.map(label), axisLabel: { width: 96, overflow: 'break' as const } },
      tooltip: { trigger: 'axis' as const },
      series: [
        {
          type: 'bar' as const,
          name: t('exams.result.score'),
          data: rows.map((d) => (d.pending ? null : d.maxScore > 0 ? Math.round((d.score / d.maxScore) * 1000) / 10 : 0)),
          label: { show: true, position: 'right' as const, formatter: '{c}%' },
          itemStyle: { color: '#1f6f5c' },
          barMaxWidth: 18,
        },
      ],
    }
  })

  // just handed over by submitting and still being scored: asking again at once would only say so again
  onMounted(() => (cached?.status === 'scoring' ? pollWhileScoring() : void load()))
  onBeforeUnmount(() => {
    unmounted = true
    clearTimeout(pollTimer)
  })

  return {
    result,
    loading,
    error,
    load,
    submitted,
    scoring,
    hasScore,
    awaitingGrading,
    answersNotice,
    dimensions,
    dimensionChart,
    submittedAt,
  }
}
