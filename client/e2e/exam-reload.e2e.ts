import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { apiToken, openBrowser, signIn, type Browser } from './support/browser'

const baseUrl = inject('baseUrl')
const PHONE = { width: 360, height: 740 }

async function api<T>(username: string, method: string, path: string, body?: unknown): Promise<T> {
  const headers = { Authorization: `Bearer ${await apiToken(baseUrl, username)}`, 'Content-Type': 'application/json' }
  const res = await fetch(`${baseUrl}/api${path}`, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) })
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

describe.skipIf(!baseUrl)('reloading the exam page in a strict exam', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await openBrowser(baseUrl, PHONE)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('is recorded as a reload, not as a page switch, and never submits the attempt', async () => {
    const papers = await api<Array<{ id: string }>>('trainer', 'GET', '/papers')
    const users = await api<{ items: Array<{ id: string }> }>('trainer', 'GET', '/users?q=staff03')
    const now = Date.now()
    const sitting = await api<{ id: string }>('trainer', 'POST', '/sittings', {
      paperId: papers[0]?.id,
      title: '严格模式 刷新',
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
      durationMinutes: 30,
      switchLimit: 1,
      assignees: [{ userId: users.items[0]?.id }],
    })
    const attempt = await api<{ id: string }>('staff03', 'POST', `/exams/${sitting.id}/attempts`)

    const { page } = browser
    await signIn(page, 'staff03')
    await page.goto(`/attempts/${attempt.id}`)
    await page.getByTestId('question').first().waitFor()
    for (let i = 0; i < 2; i++) {
      await page.reload()
      await page.getByTestId('question').first().waitFor()
    }
    // the last reload's event is sent by the page that came back
    let timeline: Array<{ kind: string }> = []
    for (let tries = 0; tries < 40 && timeline.filter((e) => e.kind === 'unload').length < 2; tries++) {
      await page.waitForTimeout(250)
      timeline = (await api<{ timeline: Array<{ kind: string }> }>('trainer', 'GET', `/attempts/${attempt.id}/review`)).timeline
    }

    expect(timeline.filter((e) => e.kind === 'unload').length).toBeGreaterThanOrEqual(2)
    expect(timeline.filter((e) => e.kind === 'hidden')).toEqual([])
    expect(new URL(page.url()).pathname).toBe(`/attempts/${attempt.id}`)
    const now2 = await api<{ status: string; switchCount: number }>('staff03', 'GET', `/attempts/${attempt.id}`)
    expect(now2).toMatchObject({ status: 'in_progress', switchCount: 0 })
  })
})
