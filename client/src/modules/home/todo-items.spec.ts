import { describe, expect, it } from 'vitest'
import { myExamFixture } from '@/modules/exams/testing/fixtures'
import { wrongEntry } from '@/modules/practice/testing/fixtures'
import { queueItemFixture, resultFixture, sittingFixture } from '@/modules/exam-admin/testing/fixtures'
import {
  coachingTodos,
  examTodos,
  gradingTodos,
  monthResultTodo,
  orderTodos,
  practiceTodos,
  sittingTodos,
  sittingsOfMonth,
} from './todo-items'

const now = new Date('2026-12-07T09:00:00.000Z')

describe('the home page’s to-dos', () => {
  it('lists a staff member’s exam under way, open exams with their deadline and exams opening this week', () => {
    const items = examTodos(
      [
        myExamFixture({ sittingId: 'a', title: '12月测验', status: 'open', closesAt: '2026-12-20T00:00:00.000Z' }),
        myExamFixture({ sittingId: 'b', title: '补考', status: 'in_progress', inProgressAttemptId: 'att' }),
        myExamFixture({ sittingId: 'c', title: '下周测验', status: 'upcoming', opensAt: '2026-12-10T00:00:00.000Z' }),
        myExamFixture({ sittingId: 'd', title: '明年测验', status: 'upcoming', opensAt: '2027-01-20T00:00:00.000Z' }),
        myExamFixture({ sittingId: 'e', title: '上月测验', status: 'graded' }),
      ],
      now,
    )
    expect(items.map((i) => [i.kind, i.title, i.at])).toEqual([
      ['examOpen', '12月测验', '2026-12-20T00:00:00.000Z'],
      ['examInProgress', '补考', '2026-12-27T00:00:00.000Z'],
      ['examUpcoming', '下周测验', '2026-12-10T00:00:00.000Z'],
    ])
    expect(orderTodos(items)[0]?.kind).toBe('examInProgress')
    expect(items[1]?.to).toEqual({ name: 'attempt', params: { attemptId: 'att' } })
  })

  it('counts wrong answers due for practice and names the weakest subject', () => {
    const items = practiceTodos(
      [
        wrongEntry({ dueAt: '2026-12-06T00:00:00.000Z' }),
        wrongEntry({ dueAt: '2026-12-09T00:00:00.000Z' }),
        wrongEntry({ mastered: true }),
      ],
      [
        { dimension: '法律法规', score: 5, maxScore: 10, percent: 50 },
        { dimension: '日常业务', score: 3, maxScore: 10, percent: 30 },
        { dimension: '营销知识', score: 9, maxScore: 10, percent: 90 },
      ],
      now,
    )
    expect(items.map((i) => [i.kind, i.count ?? i.title])).toEqual([
      ['wrongBookDue', 1],
      ['weakDimension', '日常业务'],
    ])
  })

  it('shows a trainer the sittings running (ending today first) and the essays waiting, per sitting', () => {
    const sittings = sittingTodos(
      [
        sittingFixture({ id: 's1', title: '本周测验', opensAt: '2026-12-01T00:00:00.000Z', closesAt: '2026-12-14T00:00:00.000Z' }),
        sittingFixture({ id: 's2', title: '今天截止', opensAt: '2026-12-01T00:00:00.000Z', closesAt: '2026-12-07T12:00:00.000Z' }),
        sittingFixture({ id: 's3', title: '已结束', opensAt: '2026-11-01T00:00:00.000Z', closesAt: '2026-11-02T00:00:00.000Z' }),
      ],
      now,
    )
    expect(orderTodos(sittings).map((i) => [i.title, i.urgent])).toEqual([
      ['今天截止', true],
      ['本周测验', false],
    ])
    const grading = gradingTodos([queueItemFixture(), queueItemFixture({ slot: 4 }), queueItemFixture({ markedByMe: true, slot: 5 })])
    expect(grading.map((i) => [i.kind, i.count])).toEqual([['essaysToMark', 2]])
  })

  it('sums up how a manager’s people did in this month’s sittings', () => {
    const month = sittingsOfMonth(
      [
        sittingFixture({ id: 'nov', opensAt: '2026-11-05T00:00:00.000Z' }),
        sittingFixture({ id: 'dec', opensAt: '2026-12-05T01:00:00.000Z' }),
      ],
      now,
    )
    expect(month.map((s) => s.id)).toEqual(['dec'])
    const todo = monthResultTodo(month[0], [
      resultFixture({ status: 'graded', passed: true }),
      resultFixture({ status: 'graded', passed: false }),
      resultFixture({ status: 'missed', passed: null }),
    ])
    expect(todo).toMatchObject({ kind: 'monthResults', count: 3, taken: 2, passed: 1 })
  })

  it('shows a customer manager the coaching a manager assigned, practice opening the subject, overdue first', () => {
    const items = coachingTodos([
      { id: 'a', kind: 'practice', dimension: '日常业务', kpi: 'effective_guidance', note: '', dueOn: '2026-12-20', overdue: false },
      { id: 'b', kind: 'training', dimension: '供货政策', kpi: null, note: '', dueOn: '2026-12-01', overdue: true },
    ])
    expect(items[0]).toMatchObject({
      kind: 'coachingPractice',
      title: '日常业务',
      to: { name: 'practice-session', query: { source: 'dimension', dimension: '日常业务' } },
      urgent: false,
    })
    expect(orderTodos(items).map((i) => [i.kind, i.urgent])).toEqual([
      ['coachingTraining', true],
      ['coachingPractice', false],
    ])
  })
})
