import type {
  CompetencyTargetDto,
  DimensionLevelDto,
  PersonCompetencyDto,
  PersonLevelsDto,
  UnitCompetencyDto,
  UnitDimensionDto,
} from '@/api/schema'
import { personId, UNIT_CZ, UNIT_CZ1 } from '@/modules/kpi/testing/fixtures'
import type { CompetencyDimension } from '../api'

export { personId, UNIT_CZ, UNIT_CZ1 }

export const DIMENSIONS: CompetencyDimension[] = [
  '行业政策',
  '供货政策',
  '法律法规',
  'V3系统操作',
  '日常业务',
  '营销知识',
  '社交礼仪与沟通',
  '市场分析与预测',
]

/** level null: no evidence. */
export function dimensionLevel(dimension: CompetencyDimension, level: number | null, target = 0.75): DimensionLevelDto {
  const status = level === null ? 'no_evidence' : level >= target ? 'met' : 'below'
  return {
    dimension,
    level,
    target,
    gap: level === null ? null : Math.max(0, Math.round((target - level) * 1000) / 1000),
    status,
    items: level === null ? 0 : 6,
    pointsAtStake: level === null ? 0 : 12,
  }
}

/** 法律法规 0.5, V3系统操作 0.6, 日常业务 0.9, the rest without evidence. */
export function levelsFixture(): DimensionLevelDto[] {
  const levels: Partial<Record<CompetencyDimension, number>> = { 法律法规: 0.5, V3系统操作: 0.6, 日常业务: 0.9 }
  return DIMENSIONS.map((d) => dimensionLevel(d, levels[d] ?? null))
}

export function personCompetencyFixture(overrides: Partial<PersonCompetencyDto> = {}): PersonCompetencyDto {
  return {
    person: { userId: personId(1), username: 'staff01', displayName: '王建国', unitId: UNIT_CZ1, unitName: '城中一组' },
    windowMonths: 12,
    basis: 'exam_score_rate',
    minimum: { items: 5, points: 10 },
    evidenceByKind: [{ kind: 'exam', sources: 1, items: 7, points: 23.5, maxPoints: 35, makeups: 0 }],
    current: levelsFixture(),
    history: [
      { month: '2026-09', dimensions: DIMENSIONS.map((d) => dimensionLevel(d, d === '法律法规' ? 0.4 : null)) },
      { month: '2026-10', dimensions: DIMENSIONS.map((d) => dimensionLevel(d, null)) },
      { month: '2026-11', dimensions: levelsFixture() },
    ],
    recentEvidence: [
      {
        sourceKind: 'exam',
        sourceId: '00000000-0000-4000-8000-00000000a001',
        sourceGroup: '00000000-0000-4000-8000-00000000b001',
        makeup: false,
        countedShare: 1,
        sourceTitle: '2026年11月 月度测验',
        occurredAt: '2026-11-20T02:00:00.000Z',
        dimension: '法律法规',
        points: 10,
        maxPoints: 20,
        items: 4,
      },
      {
        sourceKind: 'exam',
        sourceId: '00000000-0000-4000-8000-00000000a001',
        sourceGroup: '00000000-0000-4000-8000-00000000b001',
        makeup: false,
        countedShare: 1,
        sourceTitle: '2026年11月 月度测验',
        occurredAt: '2026-11-20T02:00:00.000Z',
        dimension: '日常业务',
        points: 13.5,
        maxPoints: 15,
        items: 3,
      },
    ],
    ...overrides,
  }
}

/** Nothing graded yet. */
export function emptyPersonCompetencyFixture(): PersonCompetencyDto {
  return personCompetencyFixture({
    current: DIMENSIONS.map((d) => dimensionLevel(d, null)),
    history: [{ month: '2026-11', dimensions: DIMENSIONS.map((d) => dimensionLevel(d, null)) }],
    recentEvidence: [],
  })
}

export function personLevels(n: number, displayName: string, levels: Partial<Record<CompetencyDimension, number>>): PersonLevelsDto {
  const dimensions = DIMENSIONS.map((d) => dimensionLevel(d, levels[d] ?? null))
  return {
    userId: personId(n),
    username: `staff${String(n).padStart(2, '0')}`,
    displayName,
    unitId: UNIT_CZ1,
    unitName: '城中一组',
    dimensions,
    gaps: dimensions.filter((d) => d.status === 'below').length,
    unassessed: dimensions.filter((d) => d.level === null).length,
  }
}

export function unitDimension(dimension: CompetencyDimension, level: number | null, assessed = 3, below = 1): UnitDimensionDto {
  return { dimension, target: 0.75, level, assessed: level === null ? 0 : assessed, below: level === null ? 0 : below }
}

export function unitCompetencyFixture(overrides: Partial<UnitCompetencyDto> = {}): UnitCompetencyDto {
  const levels: Partial<Record<CompetencyDimension, number>> = { 法律法规: 0.62, V3系统操作: 0.8, 日常业务: 0.78 }
  return {
    unitId: UNIT_CZ,
    unitName: '城中客户服务部',
    month: '2026-11',
    windowMonths: 12,
    people: 3,
    basis: 'exam_score_rate',
    minimum: { items: 5, points: 10 },
    dimensions: DIMENSIONS.map((d) => unitDimension(d, levels[d] ?? null)),
    page: [
      personLevels(2, '李秀兰', { 法律法规: 0.4, V3系统操作: 0.55, 日常业务: 0.7 }),
      personLevels(1, '王建国', { 法律法规: 0.5, V3系统操作: 0.9 }),
      personLevels(3, '张伟', { 法律法规: 0.95 }),
    ],
    total: 3,
    ...overrides,
  }
}

export function emptyUnitCompetencyFixture(): UnitCompetencyDto {
  return unitCompetencyFixture({
    dimensions: DIMENSIONS.map((d) => unitDimension(d, null)),
    page: [personLevels(1, '王建国', {}), personLevels(2, '李秀兰', {})],
    total: 2,
  })
}

export function competencyTargetsFixture(): CompetencyTargetDto[] {
  return DIMENSIONS.map((dimension) => ({ dimension, target: dimension === '法律法规' ? 0.8 : 0.75, isDefault: dimension !== '法律法规' }))
}
