/**
 * Labels of the fields an import report names. The server names a field by its template column
 * (题干, 姓名, 月份 …) for spreadsheets and by its data name (stem, answer, options …) for the text
 * formats; both are shown as the label of the interface's language.
 */
export const importFieldsZhCN = {
  key: '编号',
  type: '题型',
  stem: '题干',
  options: '选项',
  answer: '答案',
  explanation: '解析',
  difficulty: '难度',
  points: '分值',
  category: '分类',
  tags: '标签',
  dimension: '能力维度',
  source: '依据',
  rubric: '评分要点',
  items: '排序项',
  left: '左列',
  right: '右列',
  question: '题目',
  file: '整个文件',
  unit: '单位',
  displayName: '姓名',
  username: '用户名',
  roles: '角色',
  password: '初始密码',
  month: '月份',
  kpi: '指标',
  numerator: '分子',
  denominator: '分母',
  brand: '品牌',
  keyBrand: '全国重点品牌',
  forecast: '预测量',
  actual: '实际量',
  option: '选项 {letter}',
}

export const importFieldsEn: typeof importFieldsZhCN = {
  key: 'Key',
  type: 'Type',
  stem: 'Stem',
  options: 'Options',
  answer: 'Answer',
  explanation: 'Explanation',
  difficulty: 'Difficulty',
  points: 'Points',
  category: 'Category',
  tags: 'Tags',
  dimension: 'Competency',
  source: 'Source',
  rubric: 'Rubric',
  items: 'Items',
  left: 'Left column',
  right: 'Right column',
  question: 'Question',
  file: 'Whole file',
  unit: 'Unit',
  displayName: 'Name',
  username: 'Username',
  roles: 'Roles',
  password: 'Initial password',
  month: 'Month',
  kpi: 'KPI',
  numerator: 'Numerator',
  denominator: 'Denominator',
  brand: 'Brand',
  keyBrand: 'National key brand',
  forecast: 'Forecast',
  actual: 'Actual',
  option: 'Option {letter}',
}

export type ImportField = Exclude<keyof typeof importFieldsZhCN, 'option'>

/** Template column headers (server: sheet-columns.ts, user-import-rows.ts, kpi-import-rows.ts) by field. */
const BY_HEADER: Record<string, ImportField> = {
  编号: 'key',
  题型: 'type',
  题干: 'stem',
  选项: 'options',
  答案: 'answer',
  解析: 'explanation',
  难度: 'difficulty',
  分值: 'points',
  分类: 'category',
  标签: 'tags',
  能力维度: 'dimension',
  依据: 'source',
  评分要点: 'rubric',
  文件: 'file',
  单位: 'unit',
  姓名: 'displayName',
  用户名: 'username',
  角色: 'roles',
  初始密码: 'password',
  月份: 'month',
  指标: 'kpi',
  分子: 'numerator',
  分母: 'denominator',
  品牌: 'brand',
  全国重点品牌: 'keyBrand',
  预测量: 'forecast',
  实际量: 'actual',
}

const DATA_NAMES: Record<string, ImportField> = { questiontext: 'stem', choices: 'options' }

export type FieldLabel = { field: ImportField; rest: string } | { option: string } | null

/** Which label a reported field takes; null when it is none we know (then it is shown as sent). */
export function importFieldOf(reported: string): FieldLabel {
  const option = /^选项([A-Z])$/.exec(reported)
  if (option) return { option: option[1] }
  if (reported in BY_HEADER) return { field: BY_HEADER[reported], rest: '' }
  const path = /^([A-Za-z]+)(.*)$/.exec(reported)
  if (!path) return null
  const name: string = DATA_NAMES[path[1]] ?? path[1]
  return name !== 'option' && name in importFieldsZhCN ? { field: name as ImportField, rest: path[2] } : null
}
