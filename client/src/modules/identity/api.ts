import { http } from '@/api/http'
import type {
  ChangePasswordDto,
  CreateUnitDto,
  CreateUserDto,
  LoginRequestDto,
  LoginResponseDto,
  MeDto,
  ResetPasswordDto,
  UnitDto,
  UpdateUnitDto,
  UpdateUserDto,
  UserDto,
  UserImportReportDto,
  UserPageDto,
} from '@/api/schema'

export interface UserListQuery {
  page: number
  pageSize: number
  q?: string
  unitId?: string
}

// Auth endpoints must not trigger the refresh-on-401 logic of the wrapper.
export const login = (body: LoginRequestDto) => http.post<LoginResponseDto>('/auth/login', body, { auth: false })
// The refresh token travels as an httpOnly cookie the browser sends to /api/auth only.
export const refreshTokens = () => http.post<LoginResponseDto>('/auth/refresh', undefined, { auth: false })
export const logout = () => http.post<void>('/auth/logout', undefined, { auth: false })

export const fetchMe = () => http.get<MeDto>('/me')
export const changePassword = (body: ChangePasswordDto) => http.put<LoginResponseDto>('/me/password', body)

export const listUsers = (query: UserListQuery) => http.get<UserPageDto>('/users', { query: { ...query } })
export const createUser = (body: CreateUserDto) => http.post<UserDto>('/users', body)
export const updateUser = (id: string, body: UpdateUserDto) => http.patch<UserDto>(`/users/${id}`, body)
export const resetUserPassword = (id: string, body: ResetPasswordDto) =>
  http.post<void>(`/users/${id}/password`, body)
export const downloadUserImportTemplate = () => http.get<Blob>('/users/import-template', { responseType: 'blob' })
export function importUsers(file: File, dryRun: boolean, onProgress?: (percent: number) => void) {
  const form = new FormData()
  form.append('file', file)
  return http.upload<UserImportReportDto>('/users/imports', form, { query: { dryRun }, onProgress })
}

export const listUnits = () => http.get<UnitDto[]>('/units')
export const createUnit = (body: CreateUnitDto) => http.post<UnitDto>('/units', body)
export const updateUnit = (id: string, body: UpdateUnitDto) => http.patch<UnitDto>(`/units/${id}`, body)
export const deleteUnit = (id: string) => http.delete(`/units/${id}`)
