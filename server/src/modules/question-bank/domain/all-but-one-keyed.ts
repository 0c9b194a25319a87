import type { QuestionDraft } from './question-draft';

/**
 * A multiple-choice question where every option but one is a key: the candidate only has to spot
 * the odd one out, which is usually the weakest-written option. Two options of four wrong, or
 * three of five, make the candidate judge each one.
 */
export function allButOneKeyed(draft: QuestionDraft): boolean {
  return draft.type === 'multiple' && draft.options.length >= 3 && new Set(draft.answer).size === draft.options.length - 1;
}
