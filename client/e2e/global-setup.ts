import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_PATH } from './support/browser'
import { ensureBuilt, startServer } from './support/app-server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the app under test is served; '' when the browser tests are skipped. */
    baseUrl: string
  }
}

/** Builds the app if needed, starts it on a fresh database, and stops it when every suite has run. */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`browser tests skipped: ${CHROMIUM_PATH} not installed (apt-get install chromium)`)
    project.provide('baseUrl', '')
    return undefined
  }
  ensureBuilt()
  const server = await startServer()
  project.provide('baseUrl', server.baseUrl)
  return () => server.stop()
}
