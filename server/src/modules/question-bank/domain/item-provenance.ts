import type { QuestionDraft } from './question-draft';

/**
 * Where a question's knowledge comes from. Every question should say why its key is right
 * (explanation) and where that is written (source). A source that is the department's own work
 * plan is allowed, but a bank that mostly recites the plan measures memory of one document.
 *
 * A question "recites the plan" when it cites the plan and asks for recall: difficulty 1–2, or a
 * fill-in-the-blank of the plan's words. A case or calculation (difficulty 3–5) that applies a
 * plan rule cites the plan without reciting it.
 */
const WORK_PLAN = /工作计划/;

export function citesWorkPlan(draft: QuestionDraft): boolean {
  return !!draft.source && WORK_PLAN.test(draft.source.document);
}

export function recitesWorkPlan(draft: QuestionDraft): boolean {
  return citesWorkPlan(draft) && ((draft.difficulty ?? 1) <= 2 || draft.type === 'fill_blank');
}

export function missingExplanation(draft: QuestionDraft): boolean {
  return !draft.explanation?.replace(/<[^>]*>/g, '').trim();
}

export function missingSource(draft: QuestionDraft): boolean {
  return !draft.source?.document?.trim();
}
