import { computed, onMounted, ref } from 'vue'
import { useSessionStore } from '@/modules/identity/stores/session'
import type { Role } from '@/modules/identity/roles'
import { listMyExams } from '@/modules/exams/api'
import { listMyCoaching } from '@/modules/coaching/api'
import { listDimensionStandings, listWrongAnswers } from '@/modules/practice/api'
import { getGradingQueue, listResults, listSittings } from '@/modules/exam-admin/api'
import {
  coachingTodos,
  examTodos,
  gradingTodos,
  monthResultTodo,
  orderTodos,
  practiceTodos,
  sittingTodos,
  sittingsOfMonth,
  type TodoItem,
} from '../todo-items'

/** Sittings of the month a manager's home looks into (one results request each). */
const MONTH_RESULTS_LIMIT = 5

type TodoSource = (now: Date) => Promise<TodoItem[]>

/**
 * Where each role's to-dos come from. A new module adds its source here, e.g. the trainings module:
 * `staff: [..., trainingTodos]` for the sessions a person is booked on this month.
 */
const SOURCES: Record<Role, TodoSource[]> = {
  staff: [
    async (now) => examTodos(await listMyExams(), now),
    async (now) => {
      const [wrongBook, standings] = await Promise.all([listWrongAnswers(), listDimensionStandings()])
      return practiceTodos(wrongBook, standings, now)
    },
    async () => coachingTodos(await listMyCoaching()),
  ],
  trainer: [async (now) => sittingTodos(await listSittings(), now), async () => gradingTodos(await getGradingQueue(false))],
  manager: [
    async (now) => {
      const month = sittingsOfMonth(await listSittings(), now).slice(0, MONTH_RESULTS_LIMIT)
      return Promise.all(month.map(async (s) => monthResultTodo(s, await listResults(s.id))))
    },
  ],
  admin: [],
}

/** The home page's to-do list for every role the user holds; a source that fails leaves the rest standing. */
export function useHomeTodos(now: () => Date = () => new Date()) {
  const session = useSessionStore()
  const items = ref<TodoItem[]>([])
  const loading = ref(false)
  const failed = ref(false)
  const sources = computed(() => session.roles.flatMap((role) => SOURCES[role]))

  async function load(): Promise<void> {
    loading.value = true
    failed.value = false
    const at = now()
    const settled = await Promise.allSettled(sources.value.map((source) => source(at)))
    const seen = new Set<string>()
    const found: TodoItem[] = []
    for (const result of settled) {
      if (result.status === 'rejected') {
        failed.value = true
        continue
      }
      for (const item of result.value) if (!seen.has(item.key) && seen.add(item.key)) found.push(item)
    }
    items.value = orderTodos(found)
    loading.value = false
  }

  onMounted(() => void load())

  return { items, loading, failed, hasSources: computed(() => sources.value.length > 0), load }
}
