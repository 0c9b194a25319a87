import { describe, expect, it } from 'vitest'
import { cellsFromPolicy, DEFAULT_REVIEW_POLICY, impliedAfterClose, leaksAnswersEarly, policyFromCells } from './review-policy'

describe('review policy grid', () => {
  it('starts with the monthly-quiz default: score at once, the rest after the window closes', () => {
    expect(cellsFromPolicy(DEFAULT_REVIEW_POLICY)).toEqual([
      'afterSubmit.score',
      'afterClose.score',
      'afterClose.correctness',
      'afterClose.rightAnswers',
      'afterClose.explanations',
    ])
  })

  it('sends exactly the ticked cells as the API shape, every flag present', () => {
    expect(policyFromCells(['afterSubmit.correctness', 'afterClose.rightAnswers'])).toEqual({
      afterSubmit: { score: false, correctness: true, rightAnswers: false, explanations: false },
      afterClose: { score: false, correctness: false, rightAnswers: true, explanations: false },
    })
  })

  it('round-trips any policy through the grid unchanged', () => {
    const policy = policyFromCells(['afterSubmit.score', 'afterSubmit.explanations', 'afterClose.correctness'])
    expect(policyFromCells(cellsFromPolicy(policy))).toEqual(policy)
  })

  it('shows what submission reveals as also in effect after close', () => {
    expect(impliedAfterClose(['afterSubmit.score', 'afterSubmit.rightAnswers'])).toEqual(['score', 'rightAnswers'])
  })

  it('warns when right answers are shown while colleagues may still be sitting the exam', () => {
    expect(leaksAnswersEarly(cellsFromPolicy(DEFAULT_REVIEW_POLICY))).toBe(false)
    expect(leaksAnswersEarly(['afterSubmit.rightAnswers'])).toBe(true)
  })
})
