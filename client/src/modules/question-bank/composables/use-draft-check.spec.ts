import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ref } from 'vue'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import { emptyForm } from '../question-form'
import { CHECK_DELAY_MS, useDraftCheck } from './use-draft-check'

const BANK = '11111111-1111-4111-8111-111111111111'
const warning = { key: null, code: 'longest_key', field: 'options', message: '答案是唯一最长的选项，考生可凭长度猜中' }

describe('useDraftCheck', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  async function setup(reply = json(200, { problems: [], warnings: [warning] })) {
    seedSession(['trainer'])
    const server = fakeServer({ [`POST /question-banks/${BANK}/questions/check`]: reply })
    const form = ref(emptyForm('true_false'))
    const { result } = await withSetup(() =>
      useDraftCheck(
        form,
        () => BANK,
        () => 'lic-1',
        () => true,
      ),
    )
    return { server, form, check: result }
  }

  it('checks once typing pauses, sending the draft and its own key, and shows the domain’s warnings', async () => {
    const { server, form, check } = await setup()
    form.value.stem = '许'
    await flushPromises()
    form.value.stem = '许可证有效期五年。'
    await flushPromises()
    vi.advanceTimersByTime(CHECK_DELAY_MS - 1)
    expect(server.calls).toEqual([])
    vi.advanceTimersByTime(1)
    await flushPromises()

    expect(server.calls).toHaveLength(1)
    expect(server.calls[0].body).toMatchObject({ type: 'true_false', stem: '许可证有效期五年。', ownKey: 'lic-1' })
    expect([check.checked.value, check.warnings.value]).toEqual([true, [warning]])
  })

  it('does not ask the server while the stem is empty, and claims nothing then', async () => {
    const { server, form, check } = await setup()
    form.value.explanation = '只写了解析'
    await flushPromises()
    vi.advanceTimersByTime(CHECK_DELAY_MS)
    await flushPromises()
    expect(server.calls).toEqual([])
    expect(check.checked.value).toBe(false)
  })

  it('leaves typing and saving alone when the check fails', async () => {
    const { form, check } = await setup(json(500, { message: 'down' }))
    form.value.stem = '许可证有效期五年。'
    await flushPromises()
    vi.advanceTimersByTime(CHECK_DELAY_MS)
    await flushPromises()
    expect([check.checked.value, check.checking.value]).toEqual([false, false])
  })
})
