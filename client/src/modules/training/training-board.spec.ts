import { describe, expect, it } from 'vitest'
import type { AttendanceItemDto } from '@/api/schema'
import { applyActivity, boardByUnit, countsOf, isAttendanceActivity } from './training-board'

const person = (userId: string, unitId: string, status: AttendanceItemDto['status']): AttendanceItemDto => ({
  userId,
  username: userId,
  displayName: `姓名${userId}`,
  unitId,
  unitName: unitId === 'cz1' ? '城中一组' : '城中二组',
  status,
  checkedInAt: null,
  sharedDevice: false,
  overrideReason: null,
  leaveStatus: null,
  leaveReason: null,
})

describe('the live check-in board', () => {
  const items = [person('a', 'cz1', 'present'), person('b', 'cz1', 'pending'), person('c', 'cz2', 'late'), person('d', 'cz2', 'excused')]

  it('counts arrived, late, missing and excused', () => {
    expect(countsOf(items)).toEqual({ arrived: 1, late: 1, missing: 1, excused: 1 })
  })

  it('groups by unit and names who is still missing', () => {
    expect(boardByUnit(items)).toEqual([
      { unitId: 'cz1', unitName: '城中一组', total: 2, arrived: 1, late: 0, missing: 1, excused: 0, missingNames: ['姓名b'] },
      { unitId: 'cz2', unitName: '城中二组', total: 2, arrived: 0, late: 1, missing: 0, excused: 1, missingNames: [] },
    ])
  })

  it('moves a person to arrived when their check-in is heard, and leaves an unknown person to the next re-read', () => {
    const heard = applyActivity(items, { userId: 'b', status: 'present', checkedInAt: '2026-11-10T01:00:00Z', sharedDevice: true })
    expect(heard.known).toBe(true)
    expect(countsOf(heard.items)).toEqual({ arrived: 2, late: 1, missing: 0, excused: 1 })
    expect(heard.items[1]).toMatchObject({ status: 'present', sharedDevice: true })
    expect(applyActivity(items, { userId: 'z', status: 'present', checkedInAt: null, sharedDevice: false }).known).toBe(false)
  })

  it('accepts only event data shaped like a check-in', () => {
    expect(isAttendanceActivity({ userId: 'a', status: 'present' })).toBe(true)
    expect(isAttendanceActivity({ attemptId: 'x' })).toBe(false)
    expect(isAttendanceActivity(null)).toBe(false)
  })
})
