import { describe, expect, it } from 'vitest'
import { effectScope, ref } from 'vue'
import { LAYOUT_STORAGE_KEY } from '../exam-storage'
import { questionsFixture } from '../testing/fixtures'
import { useAttemptNavigation } from './use-attempt-navigation'

function navigation(answered: number[] = [], isPhone = true) {
  const questions = ref(questionsFixture())
  return effectScope().run(() =>
    useAttemptNavigation({ attemptId: 'a1', questions, isAnswered: (slot) => answered.includes(slot), isPhone: ref(isPhone) }),
  )!
}

describe('useAttemptNavigation', () => {
  it('shows one question per screen on a phone and the whole paper on a larger screen', () => {
    expect(navigation([], true).layout.value).toBe('one')
    expect(navigation([], false).layout.value).toBe('all')
  })

  it('remembers the layout the candidate chose', () => {
    navigation([], true).setLayout('all')
    expect(localStorage.getItem(LAYOUT_STORAGE_KEY)).toBe('"all"')
    expect(navigation([], true).layout.value).toBe('all')
  })

  it('moves with next and previous, and stops at either end', () => {
    const nav = navigation()
    expect(nav.isFirst.value).toBe(true)
    nav.prev()
    expect(nav.current.value?.slot).toBe(1)
    nav.next()
    nav.next()
    expect(nav.current.value?.slot).toBe(3)
    for (let i = 0; i < 20; i++) nav.next()
    expect(nav.isLast.value).toBe(true)
    expect(nav.current.value?.slot).toBe(questionsFixture().at(-1)?.slot)
  })

  it('lists answered, unanswered and flagged questions for the navigator, and jumps to one', () => {
    const nav = navigation([1, 3])
    nav.toggleFlag(2)
    nav.toggleFlag(3)
    nav.toggleFlag(3)
    nav.toggleFlag(1)
    nav.toggleFlag(1)
    nav.goTo(4)

    expect(nav.counts.value).toEqual({ answered: 2, unanswered: questionsFixture().length - 2, flagged: 1, flaggedUnanswered: 1 })
    expect(nav.items.value.slice(0, 4).map(({ number, answered, flagged, current }) => ({ number, answered, flagged, current }))).toEqual([
      { number: 1, answered: true, flagged: false, current: false },
      { number: 2, answered: false, flagged: true, current: false },
      { number: 3, answered: true, flagged: false, current: false },
      { number: 4, answered: false, flagged: false, current: true },
    ])
  })

  it('keeps flags on this phone across a reload, and unflags', () => {
    navigation().toggleFlag(3)
    const reloaded = navigation()
    expect(reloaded.isFlagged(3)).toBe(true)
    reloaded.toggleFlag(3)
    expect(navigation().isFlagged(3)).toBe(false)
  })

  it('after a reload starts at the first unanswered question', () => {
    const nav = navigation([1, 2])
    nav.startAtFirstUnanswered()
    expect(nav.current.value?.slot).toBe(3)
  })
})
