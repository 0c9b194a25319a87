import { percentOf } from './moodle-grades';
import { type QuestionDraft } from '../domain/question-draft';
import { looksLikeHtml } from '../domain/stem-html';
import { KAOPING_COMMENT, bodyOf, isRecord, parseGift, readCategoryPath } from './gift-reader';

// How Kaoping's fields travel in GIFT, and why each written question is parsed back: see gift-reader.ts.

/** Moodle's default category path prefix; Kaoping categories are relative to the bank. */
const CATEGORY_PREFIX = '$course$/top/';

export function writeGift(questions: QuestionDraft[]): string {
  const chunks: string[] = [];
  let current: string | undefined;
  for (const draft of questions) {
    const header = draft.category === undefined ? undefined : categoryLine(draft.category);
    const target = header === undefined ? undefined : readCategoryPath(header.replace(/^\$CATEGORY:/, ''));
    if (target !== current) {
      // A question without a category after ones with a category goes back to the top.
      chunks.push(header ?? `$CATEGORY: ${CATEGORY_PREFIX.replace(/\/$/, '')}`);
      current = target;
    }
    chunks.push(writeQuestion(draft, header));
  }
  return chunks.length === 0 ? '' : `${chunks.join('\n\n')}\n`;
}

function categoryLine(category: string): string {
  return `$CATEGORY: ${CATEGORY_PREFIX}${category.replace(/[\r\n]+/g, ' ')}`;
}

/** The question, preceded by its @kaoping line, checked by parsing it back (see the top of this file). */
function writeQuestion(draft: QuestionDraft, header: string | undefined): string {
  const comment: Record<string, unknown> = {};
  const put = (field: string, v: unknown) => {
    if (v !== undefined) comment[field] = v;
  };
  put('dimension', draft.dimension);
  put('difficulty', draft.difficulty);
  put('points', draft.points);
  put('tags', draft.tags);
  put('source', draft.source);
  if (draft.type === 'numeric') put('unit', draft.unit);
  if (draft.type === 'essay') {
    put('referenceAnswer', draft.referenceAnswer);
    put('rubric', draft.rubric);
  }
  let visible = renderNative(draft);
  if (visible.needsBody) put('body', bodyOf(draft));
  const compose = () => [...(Object.keys(comment).length > 0 ? [`// ${KAOPING_COMMENT} ${JSON.stringify(comment)}`] : []), visible.text].join('\n');
  for (let attempt = 0; attempt < 3; attempt++) {
    const back = parseGift([...(header === undefined ? [] : [header, '']), compose()].join('\n')).questions[0]?.draft;
    if (!back) {
      visible = renderEssay(draft);
      put('body', bodyOf(draft));
      continue;
    }
    if (canonical(back) === canonical(draft)) break;
    if (canonical(bodyOf(back)) !== canonical(bodyOf(draft))) put('body', bodyOf(draft));
    for (const field of ['key', 'category', 'stem', 'explanation'] as const) {
      if (back[field] !== draft[field]) put(field, draft[field]);
    }
  }
  return compose();
}

function renderNative(draft: QuestionDraft): { text: string; needsBody: boolean } {
  const lines = (answers: string[]) => `{\n${[...answers, ...feedback(draft)].map((a) => `\t${a}`).join('\n')}\n}`;
  const inline = (answer: string) => `{${answer}${feedback(draft).join('')}}`;
  switch (draft.type) {
    case 'single':
      return native(draft, lines(draft.options.map((o) => `${o.id === draft.answer ? '=' : draft.credit?.[o.id] ? `~%${percentOf(draft.credit[o.id])}%` : '~'}${escapeGift(o.text)}`)));
    case 'multiple': {
      // Moodle accepts only weights from its list; 100/n rounded to 5 places always is one.
      const weight = Number((100 / Math.max(draft.answer.length, 1)).toFixed(5));
      return native(draft, lines(draft.options.map((o) => `~%${draft.answer.includes(o.id) ? weight : -100}%${escapeGift(o.text)}`)));
    }
    case 'true_false':
      return native(draft, inline(draft.answer ? 'TRUE' : 'FALSE'));
    case 'fill_blank': {
      const parts = draft.stem.split('{{1}}');
      if (draft.answer.length !== 1 || parts.length !== 2) return { text: renderEssay(draft).text, needsBody: true };
      const block = inline(draft.answer[0].map((a) => `=${escapeGift(a)}`).join(' '));
      return { text: `${title(draft)}${formatMarker(draft.stem)}${escapeGift(parts[0])}${block}${escapeGift(parts[1])}`, needsBody: false };
    }
    case 'numeric': {
      const a = draft.answer;
      const spec = 'value' in a ? `${a.value}${a.tolerance === undefined ? '' : `:${a.tolerance}`}` : `${a.min}..${a.max}`;
      return native(draft, inline(`#${spec}`));
    }
    case 'matching': {
      const rightText = (id: string) => escapeGift(draft.right.find((r) => r.id === id)?.text ?? '');
      const paired = new Set(Object.values(draft.answer));
      const pairs = draft.left.map((l) => `=${escapeGift(l.text)} -> ${rightText(draft.answer[l.id] ?? '')}`);
      const distractors = draft.right.filter((r) => !paired.has(r.id)).map((r) => `= -> ${escapeGift(r.text)}`);
      return native(draft, lines([...pairs, ...distractors]));
    }
    case 'ordering': {
      // Moodle grades this as matching each item to its position; Kaoping reads the body.
      const pairs = draft.items.map((item) => `=${escapeGift(item.text)} -> ${draft.answer.indexOf(item.id) + 1}`);
      return { text: native(draft, lines(pairs)).text, needsBody: true };
    }
    case 'essay':
      return native(draft, inline(''));
  }
}

function native(draft: QuestionDraft, block: string): { text: string; needsBody: boolean } {
  return { text: `${title(draft)}${formatMarker(draft.stem)}${escapeGift(draft.stem)}${block}`, needsBody: false };
}

function renderEssay(draft: QuestionDraft): { text: string; needsBody: boolean } {
  return native(draft, `{${feedback(draft).join('')}}`);
}

function title(draft: QuestionDraft): string {
  return draft.key ? `::${escapeGift(draft.key)}::` : '';
}

function feedback(draft: QuestionDraft): string[] {
  return draft.explanation ? [`####${escapeGift(draft.explanation)}`] : [];
}

/** [html] for rich stems; [plain] where the stem's first characters would read as GIFT syntax. */
function formatMarker(stem: string): string {
  if (looksLikeHtml(stem)) return '[html]';
  return /^\s*(\[|\/\/|\$)/.test(stem) ? '[plain]' : '';
}

/** JSON with sorted keys and without undefined members, for comparing drafts. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function escapeGift(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}
