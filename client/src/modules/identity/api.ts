import { call, download, upload, type QueryParams } from '@/api/operations'
import type {
  ChangePasswordDto,
  CreateUnitDto,
  CreateUserDto,
  LoginRequestDto,
  ResetPasswordDto,
  UpdateUnitDto,
  UpdateUserDto,
} from '@/api/schema'

export type UserListQuery = QueryParams<'GET /api/users'> & { page: number; pageSize: number }

// Auth endpoints must not trigger the refresh-on-401 logic of the wrapper.
export const login = (body: LoginRequestDto) => call('POST /api/auth/login', { body }, { auth: false })
// The refresh token travels as an httpOnly cookie the browser sends to /api/auth only.
export const refreshTokens = () => call('POST /api/auth/refresh', {}, { auth: false })
export const logout = () => call('POST /api/auth/logout', {}, { auth: false })

export const fetchMe = () => call('GET /api/me')
export const changePassword = (body: ChangePasswordDto) => call('PUT /api/me/password', { body })

export const listUsers = (query: UserListQuery) => call('GET /api/users', { query })
export const createUser = (body: CreateUserDto) => call('POST /api/users', { body })
export const updateUser = (id: string, body: UpdateUserDto) => call('PATCH /api/users/{id}', { path: { id }, body })
export const resetUserPassword = (id: string, body: ResetPasswordDto) => call('POST /api/users/{id}/password', { path: { id }, body })
export const downloadUserImportTemplate = () => download('GET /api/users/import-template')
export function importUsers(file: File, dryRun: boolean, onProgress?: (percent: number) => void) {
  const form = new FormData()
  form.append('file', file)
  return upload('POST /api/users/imports', { query: { dryRun: String(dryRun) }, form, onProgress })
}

export const listUnits = () => call('GET /api/units')
export const createUnit = (body: CreateUnitDto) => call('POST /api/units', { body })
export const updateUnit = (id: string, body: UpdateUnitDto) => call('PATCH /api/units/{id}', { path: { id }, body })
export const deleteUnit = (id: string) => call('DELETE /api/units/{id}', { path: { id } })

/** The backups in DATA_DIR/backups, the next daily run and the last failure (administrators). */
export const getBackups = () => call('GET /api/admin/backups')
/** Makes a backup now; on the embedded engine it takes a moment. */
export const createBackup = () => call('POST /api/admin/backups')
export const downloadBackup = (name: string) => download('GET /api/admin/backups/{name}', { path: { name } })
