import { computed, reactive, ref } from 'vue'
import type { JudgingDto } from '@/api/schema'
import { useSessionStore } from '@/modules/identity/stores/session'
import { getJudging, submitSheet } from '../api'
import { sheetComplete, sheetTotal, stepped, STEP } from '../speech-sheet'

/** A judge's phone: pick a speaker, set each rubric item with a stepper, submit as oneself. */
export function useJudgeSheet(contestId: string) {
  const session = useSessionStore()
  const judging = ref<JudgingDto | null>(null)
  const speakerId = ref<string | null>(null)
  const items = reactive<Record<string, number | null>>({})
  const loading = ref(false)
  const saving = ref(false)
  const saved = ref(false)
  const error = ref<unknown>(null)

  const rubric = computed(() => judging.value?.rubric ?? [])
  const speaker = computed(() => judging.value?.speakers.find((s) => s.id === speakerId.value) ?? null)
  const total = computed(() => sheetTotal(rubric.value, items))
  const ready = computed(() => !!speaker.value && !speaker.value.locked && sheetComplete(rubric.value, items))

  function pick(id: string): void {
    speakerId.value = id
    saved.value = false
    const mine = judging.value?.speakers.find((s) => s.id === id)?.mine
    for (const r of rubric.value) items[r.key] = mine?.items[r.key] ?? null
  }

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      judging.value = await getJudging(contestId)
      const next = judging.value.speakers.find((s) => !s.locked && !s.mine) ?? judging.value.speakers.find((s) => !s.locked)
      if (speakerId.value) pick(speakerId.value)
      else if (next) pick(next.id)
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  function step(key: string, direction: 1 | -1): void {
    const max = rubric.value.find((r) => r.key === key)?.max ?? 0
    items[key] = stepped(items[key] ?? (direction > 0 ? 0 : max), direction * STEP, max)
  }

  async function submit(): Promise<boolean> {
    const id = speakerId.value
    const judgeId = session.user?.id
    if (!id || !judgeId || !sheetComplete(rubric.value, items)) return false
    saving.value = true
    error.value = null
    try {
      const sheet = await submitSheet(contestId, id, judgeId, { ...items })
      const row = judging.value?.speakers.find((s) => s.id === id)
      if (row) row.mine = sheet
      saved.value = true
      return true
    } catch (failure) {
      error.value = failure
      return false
    } finally {
      saving.value = false
    }
  }

  return { judging, speakerId, speaker, items, rubric, total, ready, loading, saving, saved, error, load, pick, step, submit }
}
