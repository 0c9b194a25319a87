import { currentAccessToken, refreshAccessToken } from './http'

/** The server's close codes that need more than a plain reconnect (server/src/platform/live/live-protocol.ts). */
const CLOSE_UNAUTHENTICATED = 4401
const CLOSE_NO_RETRY = new Set([4400, 4429, 1009])

export type LiveState = 'connecting' | 'live' | 'offline'

export interface LiveTopic {
  topic: string
  id: string
  /** Each event's data, in the order the server sent them. */
  onEvent(data: unknown): void
  /** The page should re-read over HTTP: after a reconnect, or events were skipped while it lagged. */
  onResync(): void
}

export interface LiveSocketOptions {
  url?: string
  onState?(state: LiveState): void
  /** For tests: the WebSocket constructor and the clock. */
  WebSocketImpl?: typeof WebSocket
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

export function liveUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live`
}

/** Waits before the n-th reconnect: 1 s, 2 s, 4 s … up to 30 s, with jitter so a restarted server is not hit by everyone at once. */
export function reconnectDelay(attempt: number, random = Math.random): number {
  return Math.round(Math.min(30_000, 1000 * 2 ** attempt) * (0.75 + random() * 0.5))
}

/**
 * One live connection for one page: authenticates with the session's token, watches the page's
 * topics, and reconnects (re-reading what it missed) until the page closes it. Live updates are a
 * convenience over the page's HTTP data, so a failure here never shows as an error, only as state.
 */
export class LiveSocket {
  private ws: WebSocket | null = null
  private readonly topics = new Map<string, LiveTopic>()
  private attempt = 0
  /** Cancels the pending reconnect, if any. */
  private cancelReconnect: (() => void) | null = null
  private stopped = false
  private state: LiveState = 'offline'

  constructor(private readonly options: LiveSocketOptions = {}) {}

  watch(topic: LiveTopic): () => void {
    const key = `${topic.topic}:${topic.id}`
    this.topics.set(key, topic)
    if (!this.ws) this.connect()
    else if (this.state === 'live') this.send({ type: 'watch', topic: topic.topic, id: topic.id })
    return () => {
      if (this.topics.get(key) !== topic) return
      this.topics.delete(key)
      if (this.state === 'live') this.send({ type: 'unwatch', topic: topic.topic, id: topic.id })
    }
  }

  close(): void {
    this.stopped = true
    this.cancelReconnect?.()
    this.cancelReconnect = null
    this.ws?.close(1000)
    this.ws = null
    this.setState('offline')
  }

  private connect(): void {
    if (this.stopped) return
    const token = currentAccessToken()
    if (!token) return this.setState('offline')
    this.setState('connecting')
    const Impl = this.options.WebSocketImpl ?? WebSocket
    const ws = new Impl(this.options.url ?? liveUrl())
    this.ws = ws
    const reconnected = this.attempt > 0
    ws.onopen = () => ws.send(JSON.stringify({ type: 'auth', token }))
    ws.onmessage = (event) => this.receive(String(event.data), reconnected)
    ws.onclose = (event) => void this.closed(ws, event.code)
  }

  private receive(frame: string, reconnected: boolean): void {
    let message: { type?: string; topic?: string; id?: string; data?: unknown }
    try {
      message = JSON.parse(frame)
    } catch {
      return
    }
    if (message.type === 'ready') {
      this.attempt = 0
      this.setState('live')
      for (const t of this.topics.values()) {
        this.send({ type: 'watch', topic: t.topic, id: t.id })
        if (reconnected) t.onResync()
      }
      return
    }
    const topic = this.topics.get(`${message.topic}:${message.id}`)
    if (message.type === 'event') topic?.onEvent(message.data)
    else if (message.type === 'resync') topic?.onResync()
  }

  private async closed(ws: WebSocket, code: number): Promise<void> {
    if (ws !== this.ws || this.stopped) return
    this.ws = null
    this.setState('offline')
    if (CLOSE_NO_RETRY.has(code)) return
    // an expired token: refresh it over HTTP first (which signs the user out when that fails)
    if (code === CLOSE_UNAUTHENTICATED && !(await refreshAccessToken())) return
    if (this.topics.size === 0) return
    this.cancelReconnect = this.schedule(() => this.connect(), reconnectDelay(this.attempt++))
  }

  private send(message: object): void {
    if (this.ws?.readyState === 1) this.ws.send(JSON.stringify(message))
  }

  private setState(state: LiveState): void {
    if (state === this.state) return
    this.state = state
    this.options.onState?.(state)
  }

  /** Runs `run` after `ms` on the injected timers or the real ones; returns how to cancel it. */
  private schedule(run: () => void, ms: number): () => void {
    const { setTimer, clearTimer } = this.options
    if (setTimer) {
      const timer = setTimer(run, ms)
      return () => clearTimer?.(timer)
    }
    const timer = setTimeout(run, ms)
    return () => clearTimeout(timer)
  }
}
