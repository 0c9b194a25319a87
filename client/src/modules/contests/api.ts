import { call, download } from '@/api/operations'
import type { CreateContestDto } from '@/api/schema'

export const listContests = () => call('GET /api/contests')
export const createContest = (body: CreateContestDto) => call('POST /api/contests', { body })
export const getContest = (id: string) => call('GET /api/contests/{id}', { path: { id } })
export const getStandings = (id: string) => call('GET /api/contests/{id}/standings', { path: { id } })
export const exportContest = (id: string) => download('GET /api/contests/{id}/export', { path: { id }, query: { format: 'xlsx' } })

export const getSpeechHost = (id: string) => call('GET /api/contests/{id}/speech', { path: { id } })
export const addSpeakers = (id: string, userIds: string[]) => call('POST /api/contests/{id}/speakers', { path: { id }, body: { userIds } })
export const addJudges = (id: string, userIds: string[]) => call('POST /api/contests/{id}/judges', { path: { id }, body: { userIds } })
export const lockSpeaker = (id: string, speakerId: string) =>
  call('POST /api/contests/{id}/speeches/{speakerId}/lock', { path: { id, speakerId } })
export const recordTime = (id: string, speakerId: string, seconds: number) =>
  call('PUT /api/contests/{id}/speeches/{speakerId}/time', { path: { id, speakerId }, body: { seconds } })
export const requestCorrection = (id: string, speakerId: string, judgeId: string, items: Record<string, number>, reason: string) =>
  call('POST /api/contests/{id}/speeches/{speakerId}/scores/{judgeId}/correction', {
    path: { id, speakerId, judgeId },
    body: { items, reason },
  })
export const approveCorrection = (id: string, speakerId: string, judgeId: string) =>
  call('POST /api/contests/{id}/speeches/{speakerId}/scores/{judgeId}/correction/approve', { path: { id, speakerId, judgeId } })
export const rejectCorrection = (id: string, speakerId: string, judgeId: string) =>
  call('POST /api/contests/{id}/speeches/{speakerId}/scores/{judgeId}/correction/reject', { path: { id, speakerId, judgeId } })
export const getConsistency = (id: string) => call('GET /api/contests/{id}/consistency', { path: { id } })

export const myPanels = () => call('GET /api/contests/judging')
export const getJudging = (id: string) => call('GET /api/contests/{id}/judging', { path: { id } })
export const submitSheet = (id: string, speakerId: string, judgeId: string, items: Record<string, number>) =>
  call('PUT /api/contests/{id}/speeches/{speakerId}/scores/{judgeId}', { path: { id, speakerId, judgeId }, body: { items } })
