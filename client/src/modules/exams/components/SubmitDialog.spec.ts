import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import SubmitDialog from './SubmitDialog.vue'

async function open(counts: { unanswered: number; flagged: number; flaggedUnanswered: number }) {
  mount(SubmitDialog, {
    props: {
      modelValue: true,
      answered: 10 - counts.unanswered,
      total: 10,
      ...counts,
      unsaved: 0,
      canSubmit: true,
      canSubmitAnyway: false,
      submitting: false,
      retrying: false,
      error: null,
    },
    global: { plugins: [createAppI18n('zh-CN')] },
    attachTo: document.body,
  })
  await flushPromises()
  return document.querySelector('[data-testid="submit-dialog"]')?.textContent ?? ''
}

describe('SubmitDialog', () => {
  it('reminds the candidate how many questions they flagged and how many of those are unanswered', async () => {
    const text = await open({ unanswered: 3, flagged: 2, flaggedUnanswered: 1 })
    expect(text).toContain('还有 3 题未作答')
    expect(text).toContain('您标记了 2 题待检查，其中 1 题还未作答')
  })

  it('mentions flagged questions even when every question is answered', async () => {
    const text = await open({ unanswered: 0, flagged: 1, flaggedUnanswered: 0 })
    expect(text).toContain('全部题目已作答')
    expect(text).toContain('您标记了 1 题待检查')
  })

  it('says nothing about flags when none are set', async () => {
    await open({ unanswered: 0, flagged: 0, flaggedUnanswered: 0 })
    expect(document.querySelector('[data-testid="submit-flagged"]')).toBeNull()
  })
})
