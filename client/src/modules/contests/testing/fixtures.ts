import type { ContestDto, JudgingDto, SpeechHostDto } from '@/api/schema'
import { DEFAULT_RUBRIC } from '../speech-sheet'

export const CONTEST_ID = 'c0000000-0000-4000-8000-000000000001'
export const SPEAKER_1 = 's0000000-0000-4000-8000-000000000001'
export const SPEAKER_2 = 's0000000-0000-4000-8000-000000000002'
export const JUDGE_A = 'j0000000-0000-4000-8000-00000000000a'

export function contestFixture(over: Partial<ContestDto> = {}): ContestDto {
  return {
    id: CONTEST_ID,
    title: '下半年演讲比赛',
    kind: 'speech',
    joinCode: 'K7M2QX',
    status: 'running',
    ownerUnitId: 'u1',
    ownerUnitName: '城中客户服务部',
    finalMethod: 'trimmed',
    rubric: DEFAULT_RUBRIC,
    timeLimitSeconds: 300,
    overrunGraceSeconds: 0,
    overrunStepSeconds: 30,
    overrunPointsPerStep: 1,
    overrunMaxPenalty: null,
    createdAt: '2026-12-07T02:00:00.000Z',
    ...over,
  }
}

/** Speaker 1 locked at 88 with two dropped judges; speaker 2 scored by one judge, not yet revealed. */
export function hostFixture(): SpeechHostDto {
  return {
    rubric: DEFAULT_RUBRIC,
    judges: [
      { userId: JUDGE_A, name: '赵评委' },
      { userId: 'j2', name: '钱评委' },
    ],
    speakers: [
      {
        id: SPEAKER_1,
        userId: 'p1',
        name: '王建国',
        position: 1,
        locked: true,
        seconds: 290,
        penalty: 0,
        submittedJudgeIds: [JUDGE_A, 'j2'],
        result: {
          rank: 1,
          score: 88,
          aggregated: 88,
          penalty: 0,
          judges: [
            { judgeId: JUDGE_A, name: '赵评委', total: 91, counted: 91, dropped: true },
            { judgeId: 'j2', name: '钱评委', total: 88, counted: 88, dropped: false },
          ],
        },
      },
      {
        id: SPEAKER_2,
        userId: 'p2',
        name: '李秀兰',
        position: 2,
        locked: false,
        seconds: null,
        penalty: 0,
        submittedJudgeIds: [JUDGE_A],
        result: null,
      },
    ],
    pendingCorrections: [],
  }
}

export function judgingFixture(): JudgingDto {
  return {
    contestId: CONTEST_ID,
    title: '下半年演讲比赛',
    rubric: DEFAULT_RUBRIC,
    speakers: [
      { id: SPEAKER_1, name: '王建国', position: 1, locked: true, mine: { items: { content: 28 }, total: 91 } },
      { id: SPEAKER_2, name: '李秀兰', position: 2, locked: false, mine: null },
    ],
  }
}
