import { allButOneKeyed } from './all-but-one-keyed';
import { catchAllOptions } from './catch-all-option';
import { citesWorkPlan, missingExplanation, missingSource } from './item-provenance';
import { keyIsUniqueLongest } from './longest-option-key';
import { unemphasisedNegative } from './negative-stem';
import type { QuestionDraft } from './question-draft';

/** The item-writing checks, by the code the import report, the quality page and the CLI share. */
export const ITEM_CHECK_CODES = ['longest_key', 'all_but_one_keyed', 'catch_all_option', 'negative_stem', 'missing_explanation', 'missing_source', 'cites_work_plan', 'near_duplicate', 'essay_without_rubric'] as const;
export type ItemCheckCode = (typeof ITEM_CHECK_CODES)[number];

export interface ItemFinding {
  code: ItemCheckCode;
  /** The field a trainer would change. */
  field: string;
  message: string;
}

/** What one question's own text breaks; near-duplicates need the other stems (stem-similarity). */
export function itemFindings(draft: QuestionDraft): ItemFinding[] {
  const findings: ItemFinding[] = [];
  if (keyIsUniqueLongest(draft)) findings.push({ code: 'longest_key', field: 'options', message: '答案是唯一最长的选项，考生可凭长度猜中' });
  if (allButOneKeyed(draft)) findings.push({ code: 'all_but_one_keyed', field: 'answer', message: '多选题除一个选项外全是答案，考生只需找出一个错项' });
  const catchAll = catchAllOptions(draft);
  if (catchAll.length) findings.push({ code: 'catch_all_option', field: 'options', message: `选项 ${catchAll.join('、')} 是「以上都对/以上都不对/都不是」一类，请改为具体内容` });
  if (unemphasisedNegative(draft)) findings.push({ code: 'negative_stem', field: 'stem', message: '否定式提问（不/不是/错误的是/不属于）未加强调，请用加粗或【】标出否定词' });
  if (draft.type === 'essay' && (draft.rubric.length === 0 || !draft.referenceAnswer.trim())) {
    findings.push({ code: 'essay_without_rubric', field: 'rubric', message: `待补评分要点：${draft.rubric.length === 0 ? '没有评分要点' : '没有参考答案'}，阅卷前请补上` });
  }
  if (missingExplanation(draft)) findings.push({ code: 'missing_explanation', field: 'explanation', message: '缺少解析' });
  if (missingSource(draft)) findings.push({ code: 'missing_source', field: 'source', message: '缺少出处（法律、法规、行业规定或部门计划）' });
  else if (citesWorkPlan(draft)) findings.push({ code: 'cites_work_plan', field: 'source', message: '出处是部门工作计划本身；请确认考的是应用而非背诵计划原文' });
  return findings;
}
