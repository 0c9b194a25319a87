import { computed, onMounted, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { MyExamDto } from '@/api/schema'
import { useErrorMessage } from '@/composables/use-error-message'
import * as api from '../api'
import { splitExams } from '../exam-action'

/** The My exams page: the candidate's sittings, and starting one (after saying the clock will run). */
export function useMyExams() {
  const { t, locale } = useI18n()
  const router = useRouter()
  const { errorMessage } = useErrorMessage()
  const exams = ref<MyExamDto[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)
  const starting = ref<string | null>(null)

  const split = computed(() => splitExams(exams.value, new Date()))
  const current = computed(() => split.value.current)
  const pastMonths = computed(() => split.value.past)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      exams.value = await api.listMyExams()
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  function formatMonth(key: string): string {
    const [year, month] = key.split('-').map(Number)
    return new Intl.DateTimeFormat(locale.value, { year: 'numeric', month: 'long' }).format(new Date(year ?? 0, (month ?? 1) - 1, 1))
  }

  function formatTime(iso: string): string {
    return new Intl.DateTimeFormat(locale.value, {
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).format(new Date(iso))
  }

  async function start(exam: MyExamDto): Promise<void> {
    try {
      await ElMessageBox.confirm(t('exams.startConfirm.text', { minutes: exam.durationMinutes }), t('exams.startConfirm.title'), {
        confirmButtonText: t('exams.startConfirm.ok'),
        cancelButtonText: t('common.cancel'),
        type: 'info',
      })
    } catch {
      return
    }
    starting.value = exam.sittingId
    try {
      const attempt = await api.startAttempt(exam.sittingId)
      await router.push({ name: 'attempt', params: { attemptId: attempt.id } })
    } catch (failure) {
      ElMessage.error(errorMessage(failure))
      await load()
    } finally {
      starting.value = null
    }
  }

  onMounted(() => void load())

  return { exams: current, pastMonths, loading, error, starting, load, start, formatTime, formatMonth, errorMessage }
}
