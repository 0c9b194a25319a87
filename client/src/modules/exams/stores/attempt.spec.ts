import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { AnswerValue } from '@/api/types'
import { fakeServer, json } from '@/test/fake-server'
import { attemptFixture } from '../testing/fixtures'
import { useAttemptStore } from './attempt'

const saved = (slot: number, answer: AnswerValue, seq = 1) => ({ slot, answer, seq, savedAt: '2026-11-27T01:00:00Z' })

describe('useAttemptStore', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('shows the server’s answers, overridden by newer ones not yet sent from this phone', () => {
    const store = useAttemptStore()
    store.adopt(attemptFixture({ answers: [saved(1, 'A'), saved(3, false)] }), new Map([[1, 'B']]))

    expect(store.answerOf(1)).toBe('B')
    expect(store.answerOf(3)).toBe(false)
    expect(store.answeredCount).toBe(2)
    expect(store.isSlotAnswered(2)).toBe(false)
  })

  it('takes the newer answer another device saved', async () => {
    fakeServer({ [`GET /attempts/${attemptFixture().id}`]: json(200, attemptFixture({ answers: [saved(1, 'C', 90)] })) })
    const store = useAttemptStore()
    store.adopt(attemptFixture())
    store.setAnswer(1, 'A')

    await store.reloadAnswers([1])
    expect(store.answerOf(1)).toBe('C')
  })
})
