import { spawn, execSync, type ChildProcess } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const CLIENT_DIR = resolve(import.meta.dirname, '..', '..')
export const REPO_ROOT = resolve(CLIENT_DIR, '..')

// vitest sets NODE_ENV=test; a Vite build inheriting it keeps Vue's development code (the exam route
// grew from 147 to 198 kB gzip) and leaves that in client/dist for `npm start` and the bench to serve
const PRODUCTION_BUILD = { ...process.env, NODE_ENV: 'production' }

/** Newest modification time of any source below `dir`; the .d.ts files the build itself rewrites do not count. */
function newestIn(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(path))
    else if (!entry.name.endsWith('.d.ts')) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

/** Builds what is missing: everything when a dist folder is absent, the client alone when its sources changed since. */
export function ensureBuilt(): void {
  const clientIndex = join(CLIENT_DIR, 'dist', 'index.html')
  const serverMain = join(REPO_ROOT, 'server', 'dist', 'main.js')
  if (!existsSync(clientIndex) || !existsSync(serverMain)) {
    console.log('browser tests: building the app (npm run build)…')
    execSync('npm run build', { cwd: REPO_ROOT, stdio: 'inherit', env: PRODUCTION_BUILD })
    return
  }
  const sources = Math.max(newestIn(join(CLIENT_DIR, 'src')), statSync(join(CLIENT_DIR, 'index.html')).mtimeMs)
  if (sources > statSync(clientIndex).mtimeMs) {
    console.log('browser tests: client sources changed since the last build; rebuilding the client…')
    execSync('npm run build -w client', { cwd: REPO_ROOT, stdio: 'inherit', env: PRODUCTION_BUILD })
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolvePort(port))
    })
  })
}

export interface RunningServer {
  baseUrl: string
  stop(): Promise<void>
}

/** Starts the built server on a fresh embedded database (seeded with the demo data) and waits until it is healthy. */
export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kaoping-e2e-data-'))
  const logFile = join(dataDir, '..', `${dataDir.split('/').pop() ?? 'kaoping'}.log`)
  const port = await freePort()
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'production' }
  delete env.DATABASE_URL
  delete env.REDIS_URL
  const child: ChildProcess = spawn(process.execPath, ['server/dist/main.js'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const log = createWriteStream(logFile)
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  const state: { exited: number | null } = { exited: null }
  child.on('exit', (code) => (state.exited = code ?? -1))

  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  for (;;) {
    if (state.exited !== null) throw new Error(`the server exited (${state.exited}) before it was healthy; see ${logFile}`)
    try {
      const res = await fetch(`${baseUrl}/api/health`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the server did not become healthy within 180 s; see ${logFile}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }

  return {
    baseUrl,
    async stop() {
      if (state.exited === null) {
        const gone = new Promise<void>((r) => child.once('exit', () => r()))
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
        await gone
        clearTimeout(timer)
      }
      log.end()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
