import { call } from '@/api/operations'
import type { AttendanceCorrectionDto, CheckInInputDto, TrainingInputDto } from '@/api/schema'

export const listTrainings = (unitId: string, month: string) => call('GET /api/trainings', { query: { unitId, month } })
export const getTraining = (id: string) => call('GET /api/trainings/{id}', { path: { id } })
export const createTraining = (body: TrainingInputDto) => call('POST /api/trainings', { body })
export const updateTraining = (id: string, body: TrainingInputDto) => call('PATCH /api/trainings/{id}', { path: { id }, body })
export const deleteTraining = (id: string) => call('DELETE /api/trainings/{id}', { path: { id } })
export const getTrainingCalendar = (unitId: string, month: string) =>
  call('GET /api/units/{unitId}/training-calendar', { path: { unitId }, query: { month } })
export const listMyTrainings = () => call('GET /api/me/trainings')
export const getCheckInCode = (id: string) => call('GET /api/trainings/{id}/check-in-code', { path: { id } })
export const checkIn = (id: string, body: CheckInInputDto) => call('POST /api/trainings/{id}/check-ins', { path: { id }, body })
export const getAttendance = (id: string) => call('GET /api/trainings/{id}/attendance', { path: { id } })
export const correctAttendance = (id: string, userId: string, body: AttendanceCorrectionDto) =>
  call('PUT /api/trainings/{id}/attendance/{userId}', { path: { id, userId }, body })
export const requestLeave = (id: string, reason: string) => call('PUT /api/trainings/{id}/leave', { path: { id }, body: { reason } })
