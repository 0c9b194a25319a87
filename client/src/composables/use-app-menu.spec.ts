import { describe, expect, it } from 'vitest'
import { navItemsFor } from './use-app-menu'

const keys = (roles: Parameters<typeof navItemsFor>[0]) => navItemsFor(roles).map((item) => item.key)

describe('navItemsFor', () => {
  it('gives a customer manager home, exams, practice and their own competency record, no administration', () => {
    expect(keys(['staff'])).toEqual(['home', 'myExams', 'practice', 'myRecord', 'myTrainings', 'judging'])
  })

  it('gives managers, trainers and administrators the team’s competency and KPIs, not a record of their own', () => {
    for (const role of ['manager', 'trainer', 'admin'] as const) {
      expect(keys([role]), role).toContain('team')
      expect(keys([role]), role).not.toContain('myRecord')
    }
  })

  it('lets managers and administrators import KPIs and set targets, but not trainers or staff', () => {
    expect(keys(['manager'])).toEqual(expect.arrayContaining(['kpiImport', 'targets']))
    expect(keys(['admin'])).toEqual(expect.arrayContaining(['kpiImport', 'targets']))
    expect(keys(['trainer'])).not.toContain('kpiImport')
    expect(keys(['staff'])).not.toContain('targets')
  })

  it('gives staff their own trainings and those who plan or follow trainings the month’s plan', () => {
    expect(navItemsFor(['staff']).find((item) => item.key === 'myTrainings')?.routeName).toBe('my-trainings')
    for (const role of ['trainer', 'manager'] as const)
      expect(navItemsFor([role]).find((item) => item.key === 'trainingPlan')?.routeName, role).toBe('training-plan')
    expect(keys(['staff'])).not.toContain('trainingPlan')
  })

  it('gives a trainer the question banks and their source documents', () => {
    expect(keys(['trainer'])).toContain('questionBanks')
    expect(keys(['trainer'])).toContain('sourceDocuments')
    expect(keys(['trainer'])).not.toContain('users')
  })

  it('gives a trainer papers, sittings and marking', () => {
    expect(keys(['trainer'])).toEqual(expect.arrayContaining(['papers', 'sittings', 'grading']))
  })

  it('gives trainers and managers 竞赛, and anyone who may judge the judging page, but staff no contest list', () => {
    expect(keys(['trainer'])).toEqual(expect.arrayContaining(['contests', 'judging']))
    expect(keys(['manager'])).toEqual(expect.arrayContaining(['contests', 'judging']))
    expect(keys(['staff'])).not.toContain('contests')
  })

  it('lets a manager read sittings but not build papers or mark essays', () => {
    expect(keys(['manager'])).toContain('sittings')
    expect(keys(['manager'])).not.toContain('papers')
    expect(keys(['manager'])).not.toContain('grading')
  })

  it('lets a manager open the question banks (read-only) but not mark sources', () => {
    expect(keys(['manager'])).toContain('questionBanks')
    expect(keys(['manager'])).not.toContain('sourceDocuments')
  })

  it('gives a manager the users page but not units', () => {
    expect(keys(['manager'])).toContain('users')
    expect(keys(['manager'])).not.toContain('units')
  })

  it('gives an administrator users, units and backups', () => {
    expect(keys(['admin'])).toEqual(['home', 'team', 'assessment', 'coaching', 'kpiImport', 'targets', 'users', 'units', 'backups'])
  })

  it('merges the items of several roles without duplicates, in menu order', () => {
    expect(keys(['admin', 'staff'])).toEqual([
      'home',
      'myExams',
      'practice',
      'myRecord',
      'myTrainings',
      'judging',
      'team',
      'assessment',
      'coaching',
      'kpiImport',
      'targets',
      'users',
      'units',
      'backups',
    ])
  })

  it('marks only the features that do not exist yet as coming soon', () => {
    const soon = navItemsFor(['staff', 'trainer', 'manager', 'admin']).filter((item) => item.comingSoon)
    expect(soon.every((item) => item.routeName === undefined)).toBe(true)
    expect(soon.map((item) => item.key)).toEqual([])
  })
})
