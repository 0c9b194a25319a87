import { describe, expect, it, vi } from 'vitest'
import { upload } from './http'
import { createTestApp } from '@/test/test-app'
import { fakeServer, json } from '@/test/fake-server'
import { authUser, seedSession } from '@/test/session-fixtures'

interface Sent {
  url: string
  headers: Record<string, string>
  body: unknown
}

/** A stand-in for XMLHttpRequest that answers each send with the next scripted status and body. */
function fakeXhr(replies: Array<{ status: number; body: unknown }>) {
  const sent: Sent[] = []
  class FakeXhr {
    status = 0
    statusText = ''
    responseText = ''
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
      onprogress: null,
    }
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    private url = ''
    private headers: Record<string, string> = {}
    open(_method: string, url: string) {
      this.url = url
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value
    }
    getResponseHeader() {
      return 'application/json'
    }
    send(body: unknown) {
      sent.push({ url: this.url, headers: this.headers, body })
      const reply = replies.shift() ?? { status: 500, body: {} }
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 })
        this.status = reply.status
        this.responseText = JSON.stringify(reply.body)
        this.onload?.()
      }, 0)
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr)
  return sent
}

describe('upload', () => {
  it('posts the form with the bearer token and reports progress up to 100 %', async () => {
    seedSession(['admin'])
    createTestApp()
    const sent = fakeXhr([{ status: 201, body: { created: 3, errors: [] } }])
    const progress: number[] = []
    const form = new FormData()

    const report = await upload<{ created: number }>('/users/imports', form, {
      query: { dryRun: true },
      onProgress: (p) => progress.push(p),
    })

    expect(report.created).toBe(3)
    expect(sent[0]?.url).toBe('/api/users/imports?dryRun=true')
    expect(sent[0]?.headers.authorization).toBe('Bearer access-1')
    expect(sent[0]?.body).toBe(form)
    expect(progress).toEqual([0, 50, 100])
  })

  it('refreshes an expired session and sends the file again', async () => {
    seedSession(['admin'])
    createTestApp()
    fakeServer({ 'POST /auth/refresh': json(200, { accessToken: 'access-2', user: authUser(['admin']) }) })
    const sent = fakeXhr([
      { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: '登录已过期' } },
      { status: 201, body: { created: 1, errors: [] } },
    ])

    await upload('/users/imports', new FormData())

    expect(sent.map((s) => s.headers.authorization)).toEqual(['Bearer access-1', 'Bearer access-2'])
  })

  it('turns a 422 into an ApiError carrying the row report', async () => {
    seedSession(['admin'])
    createTestApp()
    const details = { created: 0, errors: [{ row: 2, field: '用户名', message: '用户名已存在' }] }
    fakeXhr([{ status: 422, body: { statusCode: 422, error: 'Unprocessable Entity', message: '导入失败', details } }])

    await expect(upload('/users/imports', new FormData())).rejects.toMatchObject({ status: 422, details })
  })
})
