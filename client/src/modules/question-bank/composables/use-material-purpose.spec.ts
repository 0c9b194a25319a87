import { describe, expect, it, vi } from 'vitest'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { useQuestionBanksStore } from '../stores/question-banks'
import { BANK_ID, bankFixture } from '../testing/fixtures'
import { useMaterialPurpose } from './use-material-purpose'

async function setup() {
  seedSession(['trainer'])
  const reload = vi.fn(async () => {})
  const { result } = await withSetup(() => useMaterialPurpose(() => BANK_ID, reload))
  return { purpose: result, reload }
}

describe('useMaterialPurpose', () => {
  it('reserves the whole bank for exams, shows it on the bank and re-reads the categories below', async () => {
    const server = fakeServer({ [`PATCH /question-banks/${BANK_ID}`]: json(200, bankFixture({ purpose: 'exam' })) })
    const { purpose, reload } = await setup()

    await purpose.setBankPurpose('exam')

    expect(server.calls[0]?.body).toEqual({ purpose: 'exam' })
    expect(useQuestionBanksStore().byId.get(BANK_ID)?.purpose).toBe('exam')
    expect(reload).toHaveBeenCalled()
    expect(document.body.textContent).toContain('已将「法律法规题库」设为考试题')
  })

  it('lets a category follow its parent again, and says what it now is', async () => {
    const server = fakeServer({
      [`PATCH /question-banks/${BANK_ID}/categories/c1`]: json(200, { id: 'c1', parentId: null, name: '许可', path: '专卖法/许可', purpose: null, effectivePurpose: 'practice', questionCount: 3 }),
    })
    const { purpose } = await setup()

    await purpose.setCategoryPurpose('c1', null)

    expect(server.calls[0]?.body).toEqual({ purpose: null })
    expect(document.body.textContent).toContain('已将「专卖法/许可」设为练习题')
  })

  it('shows the refusal of someone who may not edit the bank and changes nothing', async () => {
    fakeServer({ [`PATCH /question-banks/${BANK_ID}`]: serverError(403, '您可以查看此题库，但没有编辑权限') })
    const { purpose, reload } = await setup()

    await purpose.setBankPurpose('exam')

    expect(reload).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('没有编辑权限')
    expect(purpose.saving.value).toBe(false)
  })
})
