import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import type { UnitDto } from '@/api/schema'
import { mountAppAt } from '@/test/test-app'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { acceptConfirm } from '@/test/message-box'
import { button, fillIn, submitForm } from '@/test/dom'
import { meFor, seedSession } from '@/test/session-fixtures'

const dept: UnitDto = { id: 'dept', name: '营销部', parentId: null, path: '营销部', userCount: 2 }
const city: UnitDto = { id: 'city', name: '城中客户服务部', parentId: 'dept', path: '营销部/城中客户服务部', userCount: 5 }

async function openUnits(routes: Parameters<typeof fakeServer>[0]) {
  const me = seedSession(['admin'])
  const server = fakeServer({ 'GET /me': json(200, meFor(me)), ...routes })
  const mounted = await mountAppAt('/units')
  await flushPromises()
  return { ...mounted, server }
}

function nodeRow(name: string): HTMLElement {
  const row = [...document.querySelectorAll<HTMLElement>('.units-node')].find(
    (el) => el.querySelector('.units-node__name')?.textContent === name,
  )
  if (!row) throw new Error(`no unit ${name}`)
  return row
}

describe('units page', () => {
  it('shows the organisation as a tree with user counts', async () => {
    await openUnits({ 'GET /units': json(200, [city, dept]) })

    const tree = document.querySelector('.units-tree')?.textContent ?? ''
    expect(tree).toContain('营销部')
    expect(tree).toContain('城中客户服务部')
    expect(nodeRow('城中客户服务部').textContent).toContain('5 人')
  })

  it('explains how to start when there are no units', async () => {
    await openUnits({ 'GET /units': json(200, []) })

    expect(document.body.textContent).toContain('先新建顶级单位（例如“营销部”）')
  })

  it('adds a sub-unit under the chosen unit and shows it', async () => {
    const team: UnitDto = { id: 'team', name: '一组', parentId: 'city', path: '营销部/城中客户服务部/一组', userCount: 0 }
    const { server } = await openUnits({
      'GET /units': [json(200, [dept, city]), json(200, [dept, city, team])],
      'POST /units': json(201, team),
    })

    button('新建下级单位', nodeRow('城中客户服务部')).click()
    await flushPromises()
    await fillIn('单位名称', '一组')
    await submitForm(document.querySelector('.el-dialog') ?? document)

    await vi.waitFor(() => expect(document.querySelector('.units-tree')?.textContent).toContain('一组'))
    expect(server.calls.find((c) => c.method === 'POST')?.body).toEqual({ name: '一组', parentId: 'city' })
  })

  it('shows the server’s reason when a unit still has users and cannot be deleted', async () => {
    acceptConfirm()
    const error = vi.spyOn(ElMessage, 'error')
    await openUnits({
      'GET /units': json(200, [dept, city]),
      'DELETE /units/city': serverError(409, '该单位下还有 5 名用户，不能删除'),
    })

    button('删除', nodeRow('城中客户服务部')).click()

    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('该单位下还有 5 名用户，不能删除'))
    expect(document.querySelector('.units-tree')?.textContent).toContain('城中客户服务部')
  })
})
