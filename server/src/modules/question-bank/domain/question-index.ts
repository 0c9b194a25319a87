import { createHash } from 'node:crypto';
import type { QuestionDraft } from './question-draft';
import { richTextToPlain } from './stem-html';

/** NFKC folds full-width letters and digits; case and all white space are ignored. */
export function normaliseText(text: string): string {
  return richTextToPlain(text).normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function answerOf(draft: QuestionDraft): unknown {
  switch (draft.type) {
    case 'single':
    case 'multiple': {
      const texts = new Map(draft.options.map((o) => [o.id, normaliseText(o.text)]));
      const keys = Array.isArray(draft.answer) ? draft.answer : [draft.answer];
      return keys.map((k) => texts.get(k) ?? k).sort();
    }
    case 'true_false':
    case 'fill_blank':
    case 'numeric':
      return draft.answer;
    case 'matching': {
      const left = new Map(draft.left.map((c) => [c.id, normaliseText(c.text)]));
      const right = new Map(draft.right.map((c) => [c.id, normaliseText(c.text)]));
      return Object.entries(draft.answer).map(([l, r]) => `${left.get(l)}=${right.get(r)}`).sort();
    }
    case 'ordering': {
      const items = new Map(draft.items.map((c) => [c.id, normaliseText(c.text)]));
      return draft.answer.map((id) => items.get(id));
    }
    case 'essay':
      return normaliseText(draft.referenceAnswer);
  }
}

/**
 * Two questions are duplicates when their normalised stems and their keys (by text, not by option
 * letter, so shuffled options still match) are the same.
 */
export function questionFingerprint(draft: QuestionDraft): string {
  return createHash('sha256').update(`${draft.type}|${normaliseText(draft.stem)}|${JSON.stringify(answerOf(draft))}`).digest('hex');
}

/** What search looks through: the stem, every option, item or pair, tags, the explanation and the key. */
export function questionSearchText(draft: QuestionDraft): string {
  const parts = [draft.key ?? '', richTextToPlain(draft.stem), ...(draft.tags ?? []), ...(draft.explanation ? [richTextToPlain(draft.explanation)] : [])];
  switch (draft.type) {
    case 'single':
    case 'multiple':
      parts.push(...draft.options.map((o) => richTextToPlain(o.text)));
      break;
    case 'matching':
      parts.push(...draft.left.map((c) => c.text), ...draft.right.map((c) => c.text));
      break;
    case 'ordering':
      parts.push(...draft.items.map((c) => c.text));
      break;
    case 'fill_blank':
      parts.push(...draft.answer.flat());
      break;
    case 'true_false':
    case 'numeric':
    case 'essay':
      break;
  }
  return parts.join('\n');
}
