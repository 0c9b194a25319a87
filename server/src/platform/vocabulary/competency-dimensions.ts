/**
 * The plan's subjects: trainers tag questions with them (question-bank) and the competency record
 * measures people along them (competency). Both modules speak this word list; neither owns it.
 */
export const COMPETENCY_DIMENSIONS = [
  '行业政策',
  '供货政策',
  '法律法规',
  'V3系统操作',
  '日常业务',
  '营销知识',
  '社交礼仪与沟通',
  '市场分析与预测',
] as const;
export type CompetencyDimension = (typeof COMPETENCY_DIMENSIONS)[number];
