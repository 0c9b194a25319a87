import type { QuestionDraft } from './question-draft';
import { visibleLength } from './item-text';

/**
 * A single-choice question whose key is the one option longer than every other: test-wise
 * candidates pick the longest option, so a bank where this is common can be passed without
 * the knowledge. A tie for longest does not count.
 */
export function keyIsUniqueLongest(draft: QuestionDraft): boolean {
  if (draft.type !== 'single' || draft.options.length < 2) return false;
  const key = draft.options.find((o) => o.id === draft.answer);
  if (!key) return false;
  const keyLength = visibleLength(key.text);
  return draft.options.every((o) => o === key || visibleLength(o.text) < keyLength);
}
