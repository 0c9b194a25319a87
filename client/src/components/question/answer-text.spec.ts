import { describe, expect, it } from 'vitest'
import { answerLines } from './answer-text'
import { questionsFixture } from '@/modules/exams/testing/fixtures'

const words = { truthTrue: '对', truthFalse: '错' }
const q = (slot: number) => questionsFixture().find((x) => x.slot === slot)!

describe('answerLines', () => {
  it('names options by the letter the candidate saw, not by their id', () => {
    expect(answerLines(q(1), 'B', words)).toEqual(['C. 悬挂在经营场所的显著位置'])
    expect(answerLines(q(2), ['A', 'B'], words)).toEqual(['A. 市场真实需求', 'B. 重点骨干品牌'])
  })

  it('writes true/false, blanks, numbers with their unit, pairs and orders in words', () => {
    expect(answerLines(q(3), false, words)).toEqual(['错'])
    expect(answerLines(q(4), ['3', ''], words)).toEqual(['① 3', '② —'])
    expect(answerLines(q(4), [['3', '三'], ['您好']], words)).toEqual(['① 3 / 三', '② 您好'])
    expect(answerLines(q(5), 90, words)).toEqual(['90 户'])
    expect(answerLines(q(5), { value: 90, tolerance: 0.5 }, words)).toEqual(['90 户（±0.5）'])
    expect(answerLines(q(6), { L2: 'R1' }, words)).toEqual(['价格法 → 明码标价'])
    expect(answerLines(q(7), ['S2', 'S1', 'S3'], words)).toEqual(['1. 进入报表', '2. 设置条件', '3. 执行查询'])
  })

  it('says there is no answer when nothing was given', () => {
    expect(answerLines(q(1), null, words)).toBeNull()
    expect(answerLines(q(8), '  ', words)).toBeNull()
  })
})
