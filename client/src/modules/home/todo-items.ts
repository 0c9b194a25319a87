import type { RouteLocationRaw } from 'vue-router'
import type {
  CandidateResultDto,
  DimensionStandingDto,
  GradingQueueItemDto,
  MyCoachingActionDto,
  MyExamDto,
  SittingDto,
  WrongBookEntryDto,
} from '@/api/schema'

/**
 * One line of the home page's to-do list. The text is chosen by `kind` (home.todo.<kind> in i18n)
 * with `title`, `at` (an ISO time) and `count` filled in; `to` is where the line leads.
 */
export interface TodoItem {
  key: string
  kind: TodoKind
  title?: string
  at?: string
  count?: number
  percent?: number | null
  /** Results of the month: how many of `count` people sat the exam, and how many passed. */
  taken?: number
  passed?: number
  to: RouteLocationRaw
  /** Needs doing today: shown first, marked. */
  urgent: boolean
}

export type TodoKind =
  | 'examInProgress'
  | 'examOpen'
  | 'examUpcoming'
  | 'wrongBookDue'
  | 'weakDimension'
  | 'sittingOpen'
  | 'sittingUpcoming'
  | 'essaysToMark'
  | 'monthResults'
  | 'coachingPractice'
  | 'coachingTraining'

const DAY = 86_400_000
/** How far ahead an exam or sitting that has not opened yet is worth mentioning. */
export const LOOK_AHEAD_DAYS = 7

const soon = (iso: string, now: Date, days: number) => new Date(iso).getTime() - now.getTime() <= days * DAY

/** Staff: the exam under way, those open now (by deadline), those opening within a week. */
export function examTodos(exams: readonly MyExamDto[], now: Date): TodoItem[] {
  const items: TodoItem[] = []
  for (const exam of exams) {
    if (exam.status === 'in_progress' && exam.inProgressAttemptId) {
      items.push({
        key: `exam-${exam.sittingId}`,
        kind: 'examInProgress',
        title: exam.title,
        at: exam.closesAt,
        to: { name: 'attempt', params: { attemptId: exam.inProgressAttemptId } },
        urgent: true,
      })
    } else if (exam.status === 'open') {
      items.push({
        key: `exam-${exam.sittingId}`,
        kind: 'examOpen',
        title: exam.title,
        at: exam.closesAt,
        to: { name: 'my-exams' },
        urgent: soon(exam.closesAt, now, 1),
      })
    } else if (exam.status === 'upcoming' && soon(exam.opensAt, now, LOOK_AHEAD_DAYS)) {
      items.push({
        key: `exam-${exam.sittingId}`,
        kind: 'examUpcoming',
        title: exam.title,
        at: exam.opensAt,
        to: { name: 'my-exams' },
        urgent: false,
      })
    }
  }
  return items
}

/** Staff: wrong answers due for another try, and the weakest subject (below `weakBelow` percent). */
export function practiceTodos(
  wrongBook: readonly WrongBookEntryDto[],
  standings: readonly DimensionStandingDto[],
  now: Date,
  weakBelow = 60,
): TodoItem[] {
  const items: TodoItem[] = []
  const due = wrongBook.filter((entry) => !entry.mastered && new Date(entry.dueAt) <= now).length
  if (due > 0) items.push({ key: 'wrong-book', kind: 'wrongBookDue', count: due, to: { name: 'practice' }, urgent: false })
  const weakest = [...standings]
    .filter((s) => s.percent !== null && s.percent < weakBelow)
    .sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0))[0]
  if (weakest) {
    items.push({
      key: 'weak-dimension',
      kind: 'weakDimension',
      title: weakest.dimension,
      percent: weakest.percent,
      to: { name: 'practice-dimensions' },
      urgent: false,
    })
  }
  return items
}

/**
 * Staff: the coaching actions (帮扶) a manager assigned, soonest due first; practice opens the
 * subject's practice, an overdue one is urgent.
 */
export function coachingTodos(actions: readonly MyCoachingActionDto[]): TodoItem[] {
  return actions.map((a) => ({
    key: `coaching-${a.id}`,
    kind: a.kind === 'practice' ? 'coachingPractice' : 'coachingTraining',
    title: a.dimension ?? a.note,
    at: `${a.dueOn}T23:59:00+08:00`,
    to:
      a.kind === 'practice' && a.dimension
        ? { name: 'practice-session', query: { source: 'dimension', dimension: a.dimension } }
        : { name: 'my-record' },
    urgent: a.overdue,
  }))
}

/** Trainer: sittings open now (ending first) and those opening within a week. */
export function sittingTodos(sittings: readonly SittingDto[], now: Date): TodoItem[] {
  const items: TodoItem[] = []
  for (const s of sittings) {
    const opens = new Date(s.opensAt)
    const closes = new Date(s.closesAt)
    const to = { name: 'sitting', params: { sittingId: s.id } }
    if (opens <= now && now < closes)
      items.push({ key: `sitting-${s.id}`, kind: 'sittingOpen', title: s.title, at: s.closesAt, to, urgent: soon(s.closesAt, now, 1) })
    else if (now < opens && soon(s.opensAt, now, LOOK_AHEAD_DAYS))
      items.push({ key: `sitting-${s.id}`, kind: 'sittingUpcoming', title: s.title, at: s.opensAt, to, urgent: false })
  }
  return items
}

/** Trainer: essays waiting for a mark, one line per sitting. */
export function gradingTodos(queue: readonly GradingQueueItemDto[]): TodoItem[] {
  const bySitting = new Map<string, { title: string; count: number }>()
  for (const item of queue) {
    if (item.markedByMe) continue
    const entry = bySitting.get(item.sittingId) ?? { title: item.sittingTitle, count: 0 }
    entry.count += 1
    bySitting.set(item.sittingId, entry)
  }
  return [...bySitting].map(([sittingId, { title, count }]) => ({
    key: `grading-${sittingId}`,
    kind: 'essaysToMark' as const,
    title,
    count,
    to: { name: 'grading' },
    urgent: false,
  }))
}

/** The sittings that opened this calendar month (local time), newest first. */
export function sittingsOfMonth(sittings: readonly SittingDto[], now: Date): SittingDto[] {
  return sittings
    .filter((s) => {
      const opens = new Date(s.opensAt)
      return opens.getFullYear() === now.getFullYear() && opens.getMonth() === now.getMonth() && opens <= now
    })
    .sort((a, b) => b.opensAt.localeCompare(a.opensAt))
}

/** Manager: how their people did in one of this month's sittings. */
export function monthResultTodo(sitting: SittingDto, results: readonly CandidateResultDto[]): TodoItem {
  const taken = results.filter((r) => r.status === 'graded' || r.status === 'submitted' || r.status === 'scoring').length
  const passed = results.filter((r) => r.passed === true).length
  return {
    key: `results-${sitting.id}`,
    kind: 'monthResults',
    title: sitting.title,
    count: results.length,
    taken,
    passed,
    to: { name: 'sitting', params: { sittingId: sitting.id } },
    urgent: false,
  }
}

/** Urgent first, then in the order the sources gave them. */
export function orderTodos(items: readonly TodoItem[]): TodoItem[] {
  return [...items.filter((i) => i.urgent), ...items.filter((i) => !i.urgent)]
}
