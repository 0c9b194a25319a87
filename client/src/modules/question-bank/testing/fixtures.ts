import type { QuestionBankDto, QuestionDto } from '@/api/schema'

export const BANK_ID = '11111111-1111-4111-8111-111111111111'
export const QUESTION_ID = '22222222-2222-4222-8222-222222222222'

export function bankFixture(overrides: Partial<QuestionBankDto> = {}): QuestionBankDto {
  return {
    id: BANK_ID,
    key: null,
    name: '法律法规题库',
    description: '专卖法与实施条例',
    purpose: 'practice',
    ownerUnitId: 'u1',
    ownerUnitName: '营销部',
    sharedUnitIds: [],
    questionCount: 10,
    activeCount: 9,
    needsReviewCount: 0,
    updatedAt: '2026-11-01T00:00:00.000Z',
    canEdit: true,
    ...overrides,
  }
}

export function questionFixture(overrides: Partial<QuestionDto> = {}): QuestionDto {
  return {
    id: QUESTION_ID,
    bankId: BANK_ID,
    key: 'law-001',
    type: 'single',
    status: 'active',
    needsReview: false,
    reviewReason: null,
    qualityFlag: null,
    categoryId: null,
    categoryPath: '烟草专卖法/许可证',
    dimension: '法律法规',
    difficulty: 2,
    tags: ['许可证'],
    currentVersion: 1,
    updatedAt: '2026-11-01T00:00:00.000Z',
    content: {
      type: 'single',
      stem: '零售许可证有效期为几年？',
      options: [
        { id: 'A', text: '3年' },
        { id: 'B', text: '5年' },
      ],
      answer: 'B',
      category: '烟草专卖法/许可证',
      dimension: '法律法规',
      difficulty: 2,
      tags: ['许可证'],
    },
    ...overrides,
  }
}
