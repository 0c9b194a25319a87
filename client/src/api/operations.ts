/**
 * The client's calls, typed by the server's contract: an operation is named as the generated
 * `ApiOperations` map names it ('GET /api/question-banks/{bankId}'), and its path parameters, query,
 * body and response come from there. A server change that breaks a call fails type-checking here
 * instead of at run time. Transport (token, refresh on 401, ApiError) is http.ts's.
 */
import { request, upload as uploadForm, type Query } from './http'
import type { ApiOperations } from './schema'

export type Operation = keyof ApiOperations
type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

type Field<K extends Operation, F extends string> = F extends keyof ApiOperations[K] ? ApiOperations[K][F] : never

export type PathParams<K extends Operation> = Field<K, 'path'>
export type QueryParams<K extends Operation> = Field<K, 'query'>
export type RequestBody<K extends Operation> = Field<K, 'body'>
export type ResponseOf<K extends Operation> = ApiOperations[K]['response']

/** Operations that take a multipart form (file uploads) rather than JSON. */
export type UploadOperation = {
  [K in Operation]: [RequestBody<K>] extends [never] ? never : RequestBody<K> extends FormData ? K : never
}[Operation]
/** GET operations; a file download is one whose contract declares no JSON response. */
export type DownloadOperation = {
  [K in Operation]: K extends `GET ${string}` ? (ResponseOf<K> extends void ? K : never) : never
}[Operation]
export type JsonOperation = Exclude<Operation, UploadOperation>

/** A member is required when the contract has a required field in it. */
type Member<Name extends string, T> = [T] extends [never]
  ? { [P in Name]?: never }
  : object extends T
    ? { [P in Name]?: T }
    : { [P in Name]: T }

type PathAndQuery<K extends Operation> = Member<'path', PathParams<K>> & Member<'query', QueryParams<K>>
export type CallArgs<K extends Operation> = PathAndQuery<K> & Member<'body', RequestBody<K>>

export interface CallOptions {
  signal?: AbortSignal
  /** false for the auth endpoints: no bearer, no refresh on 401. */
  auth?: boolean
}

/** Args may be left out when nothing in them is required. */
type ArgsTuple<A, O> = object extends A ? [args?: A, options?: O] : [args: A, options?: O]

function split(operation: Operation): { method: HttpMethod; template: string } {
  const space = operation.indexOf(' ')
  const method = operation.slice(0, space) as HttpMethod
  const path = operation.slice(space + 1)
  // http.ts puts every path under its API_BASE ('/api').
  return { method, template: path.replace(/^\/api(?=\/)/, '') }
}

/** '/question-banks/{bankId}' with { bankId: 'b1' } → '/question-banks/b1'. */
export function fillPath(template: string, params: object | undefined): string {
  const values = (params ?? {}) as Record<string, string | number | undefined>
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined || value === '') throw new Error(`Missing path parameter ${name} for ${template}`)
    return encodeURIComponent(String(value))
  })
}

function target(operation: Operation, args: object | undefined) {
  const { method, template } = split(operation)
  const { path, query } = (args ?? {}) as { path?: object; query?: Query }
  return { method, path: fillPath(template, path), query }
}

/** One JSON call: `call('GET /api/question-banks/{bankId}', { path: { bankId } })`. */
export function call<K extends JsonOperation>(
  operation: K,
  ...[args, options]: ArgsTuple<CallArgs<K>, CallOptions>
): Promise<ResponseOf<K>> {
  const { method, path, query } = target(operation, args)
  const body = (args as { body?: unknown } | undefined)?.body
  return request<ResponseOf<K>>(method, path, { query, body, signal: options?.signal, auth: options?.auth })
}

export interface DownloadOptions extends CallOptions {
  /** The bytes received so far, and the total when known. */
  onProgress?: (received: number, total: number | null) => void
}

/** A file the server sends (an export, a template) as a Blob. */
export function download<K extends DownloadOperation>(
  operation: K,
  ...[args, options]: ArgsTuple<PathAndQuery<K>, DownloadOptions>
): Promise<Blob> {
  const { method, path, query } = target(operation, args)
  return request<Blob>(method, path, { query, responseType: 'blob', signal: options?.signal, onDownloadProgress: options?.onProgress })
}

export interface UploadArgs {
  form: FormData
  /** Called with 0–100 while the request body is sent. */
  onProgress?: (percent: number) => void
}

/** A multipart upload with progress: `upload('POST /api/users/imports', { query, form, onProgress })`. */
export function upload<K extends UploadOperation>(operation: K, args: PathAndQuery<K> & UploadArgs): Promise<ResponseOf<K>> {
  const { path, query } = target(operation, args)
  return uploadForm<ResponseOf<K>>(path, args.form, { query, onProgress: args.onProgress })
}
