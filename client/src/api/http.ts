/**
 * The one HTTP wrapper of the client: base '/api', JSON in and out, bearer token (kept in memory;
 * the refresh token is an httpOnly cookie the browser sends to /api/auth by itself),
 * one refresh-and-retry on 401, and every failure turned into an ApiError.
 */

/** Error body every server endpoint returns (ErrorBody of the OpenAPI document). */
export interface ServerErrorBody {
  statusCode: number
  error: string
  /** Stable; errorText() translates by it. Absent only when something other than our server answered. */
  code?: string
  /** The zh-CN text: the fallback of a translation. */
  message: string | string[]
  params?: ErrorParams
  details?: unknown
}

export type ErrorParams = Readonly<Record<string, string | number>>

export class ApiError extends Error {
  override readonly name = 'ApiError'
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number
  /** Every message the server sent (validation errors come as a list). */
  readonly messages: string[]
  readonly details: unknown
  /** The server's error code (an ErrorCode of the schema); null when the body had none. */
  readonly code: string | null
  /** What a translation of the code needs, by placeholder name. */
  readonly params: ErrorParams

  constructor(status: number, messages: string[], details?: unknown, code: string | null = null, params: ErrorParams = {}) {
    super(messages.join('；'))
    this.status = status
    this.messages = messages
    this.details = details
    this.code = code
    this.params = params
  }
}

/** How the wrapper reaches the session without importing it (the session store uses this file). */
export interface AuthHooks {
  accessToken(): string | null
  /** Resolves true when new tokens are in place. */
  refresh(): Promise<boolean>
  onAuthLost(): void
  /** The server refuses everything until the user has chosen their own password. */
  onPasswordChangeRequired(): void
}

/** details.code of the 403 the server answers while an administrator's password is still in use. */
export const PASSWORD_CHANGE_REQUIRED = 'password_change_required'

let authHooks: AuthHooks | null = null

export function setAuthHooks(hooks: AuthHooks | null): void {
  authHooks = hooks
}

/** The session's token for a connection that is not an HTTP request (the live socket). */
export const currentAccessToken = (): string | null => authHooks?.accessToken() ?? null

/** A fresh token after the server refused the current one; false when the session is over. */
export async function refreshAccessToken(): Promise<boolean> {
  if (!authHooks) return false
  if (await authHooks.refresh()) return true
  authHooks.onAuthLost()
  return false
}

export const API_BASE = '/api'

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue>

export interface RequestOptions {
  query?: Query
  /** Sent as JSON. */
  body?: unknown
  /** Sent as multipart/form-data instead of `body`. */
  form?: FormData
  /** false for the auth endpoints: no bearer, no refresh on 401. */
  auth?: boolean
  responseType?: 'json' | 'blob'
  signal?: AbortSignal
  /** A blob download's bytes so far, and the total when the server says it (Content-Length). */
  onDownloadProgress?: (received: number, total: number | null) => void
}

export interface UploadOptions {
  query?: Query
  /** Called with 0–100 while the request body is sent. */
  onProgress?: (percent: number) => void
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
type Transport = (token: string | null) => Promise<Response>

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value))
  }
  const search = params.toString()
  return `${API_BASE}${path}${search ? `?${search}` : ''}`
}

function isServerErrorBody(value: unknown): value is ServerErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null
  try {
    body = await res.json()
  } catch {
    // Not JSON (a proxy error page, an empty body): fall back to the status line.
  }
  if (isServerErrorBody(body)) {
    const messages = (Array.isArray(body.message) ? body.message : [body.message]).filter(
      (m): m is string => typeof m === 'string' && m.length > 0,
    )
    const code = typeof body.code === 'string' ? body.code : null
    const params = typeof body.params === 'object' && body.params !== null ? body.params : {}
    return new ApiError(res.status, messages.length ? messages : [body.error ?? res.statusText], body.details, code, params)
  }
  return new ApiError(res.status, res.statusText ? [res.statusText] : [])
}

async function readBlob(res: Response, onProgress: RequestOptions['onDownloadProgress']): Promise<Blob> {
  if (!onProgress || !res.body) return res.blob()
  const length = Number(res.headers.get('Content-Length'))
  const total = Number.isFinite(length) && length > 0 ? length : null
  const reader = res.body.getReader()
  const chunks: Uint8Array<ArrayBuffer>[] = []
  let received = 0
  onProgress(0, total)
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    received += value.length
    onProgress(received, total)
  }
  return new Blob(chunks, { type: res.headers.get('Content-Type') ?? '' })
}

async function readBody<T>(res: Response, responseType: 'json' | 'blob', onProgress?: RequestOptions['onDownloadProgress']): Promise<T> {
  if (res.status === 204) return undefined as T
  if (responseType === 'blob') return (await readBlob(res, onProgress)) as T
  const text = await res.text()
  return (text ? JSON.parse(text) : undefined) as T
}

function isPasswordChangeRequired(details: unknown): boolean {
  return typeof details === 'object' && details !== null && (details as { code?: unknown }).code === PASSWORD_CHANGE_REQUIRED
}

async function execute<T>(
  transport: Transport,
  useAuth: boolean,
  responseType: 'json' | 'blob',
  onProgress?: RequestOptions['onDownloadProgress'],
): Promise<T> {
  const hooks = useAuth ? authHooks : null
  const send = async (token: string | null): Promise<Response> => {
    try {
      return await transport(token)
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error
      throw new ApiError(0, [])
    }
  }

  let res = await send(hooks?.accessToken() ?? null)
  if (res.status === 401 && hooks) {
    // Exactly one refresh, then one retry; a second 401 means the session is over.
    if (await hooks.refresh()) res = await send(hooks.accessToken())
    if (res.status === 401) hooks.onAuthLost()
  }
  if (!res.ok) {
    const error = await toApiError(res)
    if (hooks && res.status === 403 && isPasswordChangeRequired(error.details)) hooks.onPasswordChangeRequired()
    throw error
  }
  return readBody<T>(res, responseType, onProgress)
}

export function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const url = buildUrl(path, options.query)
  const transport: Transport = (token) => {
    const headers: Record<string, string> = { Accept: 'application/json' }
    let body: BodyInit | undefined
    if (options.form) {
      body = options.form
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.body)
    }
    if (token) headers.Authorization = `Bearer ${token}`
    return fetch(url, { method, headers, body, signal: options.signal })
  }
  return execute<T>(transport, options.auth !== false, options.responseType ?? 'json', options.onDownloadProgress)
}

/** Multipart POST through XMLHttpRequest, because fetch cannot report upload progress. */
export function upload<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  const url = buildUrl(path, options.query)
  const transport: Transport = (token) =>
    new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest()
      xhr.open('POST', url)
      xhr.setRequestHeader('Accept', 'application/json')
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100))
      }
      xhr.onload = () => {
        options.onProgress?.(100)
        const hasBody = xhr.status !== 204 && xhr.responseText !== ''
        resolve(
          new Response(hasBody ? xhr.responseText : null, {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? 'application/json' },
          }),
        )
      }
      xhr.onerror = () => reject(new TypeError('Network error'))
      options.onProgress?.(0)
      xhr.send(form)
    })
  return execute<T>(transport, true, 'json')
}

export const http = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body' | 'form'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  upload,
}
