import { describe, expect, it } from 'vitest'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { withSetup } from '@/test/test-app'
import { emptyOverride } from '../overrides'
import { paperFixture, sittingFixture, UNIT_CZ1 } from '../testing/fixtures'
import { useSittingForm } from './use-sitting-form'

const NOW = new Date('2026-12-05T01:00:30.000Z')

async function form() {
  const { result } = await withSetup(() => useSittingForm(() => NOW))
  result.choosePaper(paperFixture())
  result.assignees.unitIds = [UNIT_CZ1]
  return result
}

describe('scheduling a sitting', () => {
  it('opens now for a week, named after the paper, for the customer managers of the chosen unit', async () => {
    const f = await form()
    const body = f.toBody()
    expect(body).toMatchObject({ title: '12月 月度测验', opensAt: '2026-12-05T01:00:00.000Z', closesAt: '2026-12-12T01:00:00.000Z' })
    expect(body.assignees).toEqual([{ unitId: UNIT_CZ1, role: 'staff' }])
  })

  it('sends the review grid as the API policy', async () => {
    const f = await form()
    f.form.reviewCells = ['afterSubmit.score', 'afterSubmit.correctness', 'afterClose.rightAnswers']
    expect(f.toBody().reviewPolicy).toEqual({
      afterSubmit: { score: true, correctness: true, rightAnswers: false, explanations: false },
      afterClose: { score: false, correctness: false, rightAnswers: true, explanations: false },
    })
  })

  it('leaves the switch limit empty for an ordinary quiz and sends it in strict mode', async () => {
    const f = await form()
    expect(f.toBody().switchLimit).toBeNull()
    f.form.strict = true
    f.form.switchLimit = 5
    expect(f.toBody().switchLimit).toBe(5)
  })

  it('keeps a typed name when a paper is picked', async () => {
    const f = await form()
    f.form.title = '城中一组 12月测验'
    f.choosePaper(paperFixture({ title: '别的试卷' }))
    expect(f.form.title).toBe('城中一组 12月测验')
  })

  it('does not send a sitting nobody is assigned to', async () => {
    const { calls } = fakeServer({})
    const f = await form()
    f.assignees.unitIds = []
    f.assignees.roles = []
    expect(await f.submit()).toBeNull()
    expect(calls).toHaveLength(0)
    expect(f.failure.value).toMatchObject({ message: '请至少选择一个单位、角色或人员' })
  })

  it('points at an adjustment that names nobody', async () => {
    fakeServer({})
    const f = await form()
    f.overrides.value = [emptyOverride()]
    await f.submit()
    expect(f.failure.value).toMatchObject({ message: '第 1 条调整还没有选择人员或单位' })
  })

  it('shows the server message when it refuses', async () => {
    fakeServer({ 'POST /sittings': serverError(400, 'closesAt: 结束时间须晚于开始时间') })
    const f = await form()
    await f.submit()
    expect(f.failure.value).toMatchObject({ message: 'closesAt: 结束时间须晚于开始时间' })
  })

  it('creates the sitting', async () => {
    fakeServer({ 'POST /sittings': json(201, sittingFixture()) })
    const f = await form()
    expect(await f.submit()).toMatchObject({ id: sittingFixture().id })
  })
})
