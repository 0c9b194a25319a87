import { describe, expect, it } from 'vitest'
import { groupWrongBook } from './wrong-book-groups'
import { wrongEntry } from './testing/fixtures'

const NOW = Date.parse('2026-11-27T01:00:00.000Z')

describe('groupWrongBook', () => {
  it('puts overdue questions first, then those waiting, and mastered ones last', () => {
    const entries = [
      wrongEntry({ questionId: 'later-2', dueAt: '2026-11-30T01:00:00.000Z' }),
      wrongEntry({ questionId: 'mastered', mastered: true, box: 5, dueAt: '2026-11-20T01:00:00.000Z' }),
      wrongEntry({ questionId: 'due-new', dueAt: '2026-11-27T00:59:00.000Z' }),
      wrongEntry({ questionId: 'later-1', dueAt: '2026-11-28T01:00:00.000Z' }),
      wrongEntry({ questionId: 'due-old', dueAt: '2026-11-20T01:00:00.000Z' }),
    ]
    const groups = groupWrongBook(entries, NOW)
    expect(groups.due.map((e) => e.questionId)).toEqual(['due-old', 'due-new'])
    expect(groups.later.map((e) => e.questionId)).toEqual(['later-1', 'later-2'])
    expect(groups.mastered.map((e) => e.questionId)).toEqual(['mastered'])
  })

  it('counts a question due this very minute as due now', () => {
    expect(groupWrongBook([wrongEntry({ dueAt: new Date(NOW).toISOString() })], NOW).due).toHaveLength(1)
  })
})
