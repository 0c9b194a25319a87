import { vi } from 'vitest'

export interface RecordedCall {
  method: string
  path: string
  url: string
  headers: Record<string, string>
  body: unknown
}

const AMBIENT_INSTANCE = 'GET /instance'

export type Reply = Response | ((call: RecordedCall) => Response | Promise<Response>)

export function json(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  })
}

export function serverError(status: number, message: string | string[], details?: unknown): Response {
  return json(status, { statusCode: status, error: 'Error', message, details })
}

/**
 * Replaces global fetch with a tiny fake server: routes are `METHOD /path` (without `/api` and query);
 * a route given a list answers each call with the next reply (the last one repeats).
 */
export function fakeServer(routes: Record<string, Reply | Reply[]>) {
  const calls: RecordedCall[] = []
  const counters = new Map<string, number>()

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const method = (init?.method ?? 'GET').toUpperCase()
    const path = new URL(url, 'http://localhost').pathname.replace(/^\/api/, '')
    const headers = Object.fromEntries(new Headers(init?.headers).entries())
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body
    const call: RecordedCall = { method, path, url, headers, body }
    // every page asks once whether it runs on demo data: answered (no demo) and not recorded unless named
    if (`${method} ${path}` === AMBIENT_INSTANCE && !routes[AMBIENT_INSTANCE]) return json(200, { demoData: false })
    calls.push(call)

    const key = `${method} ${path}`
    const route = routes[key]
    if (!route) return serverError(404, `no fake route for ${key}`)
    const list = Array.isArray(route) ? route : [route]
    const index = counters.get(key) ?? 0
    counters.set(key, index + 1)
    const reply = list[Math.min(index, list.length - 1)]
    if (!reply) return serverError(500, 'empty fake route')
    // Responses are single-use: clone so a repeated reply can be read again.
    return typeof reply === 'function' ? reply(call) : reply.clone()
  })

  vi.stubGlobal('fetch', fetchMock)
  return { calls, fetchMock }
}
