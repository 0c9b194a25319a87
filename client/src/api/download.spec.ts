import { describe, expect, it } from 'vitest'
import { request } from './http'
import { createTestApp } from '@/test/test-app'
import { fakeServer } from '@/test/fake-server'
import { seedSession } from '@/test/session-fixtures'

describe('a file download', () => {
  it('reports the bytes received against the size the server announced, and hands back the whole file', async () => {
    seedSession(['manager'])
    createTestApp()
    const body = '%PDF-1.7 月度考核报告'
    const size = new TextEncoder().encode(body).length
    fakeServer({
      'GET /reports/monthly-assessment': new Response(body, {
        status: 200,
        headers: { 'Content-Type': 'application/pdf', 'Content-Length': String(size) },
      }),
    })
    const seen: Array<[number, number | null]> = []
    const blob = await request<Blob>('GET', '/reports/monthly-assessment', {
      responseType: 'blob',
      onDownloadProgress: (received, total) => seen.push([received, total]),
    })
    expect(seen[0]).toEqual([0, size])
    expect(seen.at(-1)).toEqual([size, size])
    expect(blob.size).toBe(size)
    expect(blob.type).toBe('application/pdf')
  })
})
