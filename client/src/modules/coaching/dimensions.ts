import { schemaValues } from '@/composables/schema-values'
import type { CompetencyDimension } from '@/modules/competency/api'

/** The subjects a coaching action can aim at, in the plan's order. */
export const DIMENSIONS = schemaValues<CompetencyDimension>({
  行业政策: true,
  供货政策: true,
  法律法规: true,
  V3系统操作: true,
  日常业务: true,
  营销知识: true,
  社交礼仪与沟通: true,
  市场分析与预测: true,
})
