import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeServer, json } from '@/test/fake-server'
import { call, download, fillPath } from './operations'

afterEach(() => vi.unstubAllGlobals())

describe('calls typed by operation', () => {
  it('fills the path parameters, encoded, and sends the query and the JSON body', async () => {
    const server = fakeServer({ 'PATCH /question-banks/b%201/categories/c%2F2': json(200, { id: 'c/2' }) })

    const category = await call('PATCH /api/question-banks/{bankId}/categories/{categoryId}', {
      path: { bankId: 'b 1', categoryId: 'c/2' },
      body: { purpose: 'exam' },
    })

    expect(category.id).toBe('c/2')
    expect(server.calls[0]?.url).toBe('/api/question-banks/b%201/categories/c%2F2')
    expect(server.calls[0]?.body).toEqual({ purpose: 'exam' })
  })

  it('leaves empty query values out of the URL', async () => {
    const server = fakeServer({ 'GET /users': json(200, { items: [], total: 0 }) })

    await call('GET /api/users', { query: { page: 2, pageSize: 20, q: '' } })

    expect(server.calls[0]?.url).toBe('/api/users?page=2&pageSize=20')
  })

  it('reads a download as a file', async () => {
    fakeServer({ 'GET /kpi/template': new Response('xlsx bytes', { status: 200 }) })

    const file = await download('GET /api/kpi/template', { query: { kind: 'ratios' } })

    expect(await file.text()).toBe('xlsx bytes')
  })

  it('refuses to send a call whose path parameter is missing', () => {
    expect(() => fillPath('/questions/{id}', {})).toThrow('Missing path parameter id')
  })
})

/**
 * Never run: `npm run typecheck` fails when the contract stops catching these mistakes.
 */
export function contractMistakes() {
  // @ts-expect-error an operation the server does not have
  void call('GET /api/nowhere')
  // @ts-expect-error a path parameter is required
  void call('GET /api/questions/{id}')
  // @ts-expect-error the path parameter is named id
  void call('GET /api/questions/{id}', { path: { questionId: 'q' } })
  // @ts-expect-error a body field the DTO does not have
  void call('POST /api/units', { body: { name: '营销部', parentId: null, colour: 'red' } })
  // @ts-expect-error a query value outside the enum
  void call('GET /api/question-banks/{bankId}/questions', { path: { bankId: 'b' }, query: { type: 'poll' } })
  // @ts-expect-error an upload goes through upload(), with its form
  void call('POST /api/users/imports', { query: {} })
  // @ts-expect-error only GET operations without a JSON response are downloads
  void download('GET /api/me')
  void call('GET /api/questions/{id}', { path: { id: 'q' } }).then((question) => {
    // @ts-expect-error the response is the generated QuestionDto
    void question.notAField
    // the content is the discriminated union: narrowing by type reaches its key
    if (question.content.type === 'numeric' && 'value' in question.content.answer) return question.content.answer.value
    return undefined
  })
}
