import { describe, expect, it } from 'vitest'
import { dimensionLevel, levelsFixture, unitDimension } from './testing/fixtures'
import { levelTone, personHasEvidence, unitHasEvidence, unitLevelStatus, weakestDimensions } from './levels'

describe('competency levels', () => {
  it('colours met green, below target red and no evidence grey', () => {
    expect(levelTone('met')).toBe('success')
    expect(levelTone('below')).toBe('danger')
    expect(levelTone('no_evidence')).toBe('info')
    expect(levelTone('insufficient')).toBe('info')
  })

  it('judges a unit’s pooled level against its target, reaching it counting as met', () => {
    expect(unitLevelStatus({ level: 0.75, target: 0.75 })).toBe('met')
    expect(unitLevelStatus({ level: 0.7, target: 0.75 })).toBe('below')
    expect(unitLevelStatus({ level: null, target: 0.75 })).toBe('no_evidence')
  })

  it('names the weakest dimensions, widest gap first, only those below target', () => {
    expect(weakestDimensions(levelsFixture()).map((d) => d.dimension)).toEqual(['法律法规', 'V3系统操作'])
    const tied = [
      dimensionLevel('营销知识', 0.5),
      dimensionLevel('法律法规', 0.5),
      dimensionLevel('行业政策', 0.1),
      dimensionLevel('日常业务', 0.6),
    ]
    expect(weakestDimensions(tied, 2).map((d) => d.dimension)).toEqual(['行业政策', '营销知识'])
  })

  it('knows a record without any graded item', () => {
    expect(personHasEvidence(levelsFixture())).toBe(true)
    expect(personHasEvidence([dimensionLevel('法律法规', null)])).toBe(false)
    expect(unitHasEvidence([unitDimension('法律法规', null)])).toBe(false)
    expect(unitHasEvidence([unitDimension('法律法规', 0.5)])).toBe(true)
  })
})
