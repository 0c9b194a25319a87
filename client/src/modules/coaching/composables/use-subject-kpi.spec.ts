import { describe, expect, it } from 'vitest'
import { subjectKpiSummary } from './use-subject-kpi'

const t = (key: string, params: Record<string, unknown>) => `${key} ${JSON.stringify(params)}`

describe('what the subject-against-KPI comparison says', () => {
  it('gives n and r when there is enough data', () => {
    expect(subjectKpiSummary({ n: 12, r: 0.41, why: null, minPeople: 8 }, t)).toBe('coaching.scatter.result {"n":12,"r":0.41}')
  })

  it('says plainly that too few people cannot conclude anything', () => {
    expect(subjectKpiSummary({ n: 3, r: null, why: 'too_few', minPeople: 8 }, t)).toBe('coaching.scatter.tooFew {"n":3,"min":8}')
    expect(subjectKpiSummary({ n: 9, r: null, why: 'no_spread', minPeople: 8 }, t)).toBe('coaching.scatter.noSpread {"n":9}')
  })
})
