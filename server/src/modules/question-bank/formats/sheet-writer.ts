import { safeCellText } from '../../../platform/files/xlsx-sheet';
import { Choice, NumericAnswer, QuestionDraft, RubricItem, SourceReference } from '../domain/question-draft';
import { richTextToPlain } from '../domain/stem-html';
import { CREDIT_HEADER, GUARDED_START, OPTION_LETTERS, TYPE_WORD, optionHeader, sheetHeaders } from './sheet-columns';

// A draft as the cells of one row of the layout in sheet-columns.ts; sheet-reader.ts reads them back.

/**
 * Text for a written cell. safeCellText prefixes formula-like text with an apostrophe; a text that
 * already starts with apostrophes before such a character gets one more, so the reader can always
 * remove exactly one and every text reads back as it was written.
 */
export function toCellText(text: string): string {
  return safeCellText(GUARDED_START.test(text) ? `'${text}` : text);
}

export function formatNumericAnswer(answer: NumericAnswer, unit?: string): string {
  const expression =
    'value' in answer ? `${answer.value}${answer.tolerance === undefined ? '' : `±${answer.tolerance}`}` : `${answer.min}~${answer.max}`;
  return unit ? `${expression}${unit}` : expression;
}

export function formatRubric(rubric: RubricItem[]): string {
  return rubric.map((item) => `${item.criterion}：${item.points}`).join('\n');
}

export function formatSource(source: SourceReference): string {
  return [source.document, source.article, source.effectiveDate].filter(Boolean).join(' ');
}

/** The header row for these questions: enough option columns, and 部分得分 only when one has partial credit. */
export function questionSheetHeaders(questions: QuestionDraft[]): string[] {
  const headers = sheetHeaders(Math.max(0, ...questions.map(optionCount)));
  return questions.some((q) => q.type === 'single' && q.credit && Object.keys(q.credit).length) ? [...headers, CREDIT_HEADER] : headers;
}

/** How many option columns a draft fills. */
export function optionCount(draft: QuestionDraft): number {
  switch (draft.type) {
    case 'single':
    case 'multiple':
      return draft.options.length;
    case 'matching':
      return draft.left.length + draft.right.filter((r) => !Object.values(draft.answer).includes(r.id)).length;
    case 'ordering':
      return draft.items.length;
    case 'true_false':
    case 'fill_blank':
    case 'numeric':
    case 'essay':
      return 0;
  }
}

/** A draft's cells by header; numbers stay numbers so Excel shows them as such. Texts are not yet guarded (see toCellText). */
export function draftToCells(draft: QuestionDraft): Map<string, string | number> {
  const cells = new Map<string, string | number>();
  const set = (header: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') cells.set(header, value);
  };
  const letterOf = (choices: Choice[], id: string) => OPTION_LETTERS[choices.findIndex((c) => c.id === id)] ?? id;
  const setOptions = (texts: string[]) => texts.forEach((text, i) => set(optionHeader(i), text));
  set('编号', draft.key);
  set('题型', TYPE_WORD[draft.type]);
  set('题干', richTextToPlain(draft.stem));
  switch (draft.type) {
    case 'single':
      setOptions(draft.options.map((o) => richTextToPlain(o.text)));
      set('答案', letterOf(draft.options, draft.answer));
      set(
        CREDIT_HEADER,
        Object.entries(draft.credit ?? {})
          .map(([id, fraction]) => `${letterOf(draft.options, id)}=${Math.round(fraction * 1e7) / 1e5}%`)
          .join('；'),
      );
      break;
    case 'multiple':
      setOptions(draft.options.map((o) => richTextToPlain(o.text)));
      set('答案', draft.answer.map((id) => letterOf(draft.options, id)).join(''));
      break;
    case 'true_false':
      set('答案', draft.answer ? '对' : '错');
      break;
    case 'fill_blank':
      set('答案', draft.answer.map((accepted) => accepted.join('|')).join('；'));
      break;
    case 'numeric':
      set('答案', formatNumericAnswer(draft.answer, draft.unit));
      break;
    case 'matching': {
      const rightText = (id: string) => richTextToPlain(draft.right.find((r) => r.id === id)?.text ?? '');
      const matched = new Set(Object.values(draft.answer));
      setOptions([
        ...draft.left.map((l) => `${richTextToPlain(l.text)}=${rightText(draft.answer[l.id] ?? '')}`),
        ...draft.right.filter((r) => !matched.has(r.id)).map((r) => `=${richTextToPlain(r.text)}`),
      ]);
      break;
    }
    case 'ordering':
      setOptions(draft.items.map((item) => richTextToPlain(item.text)));
      set('答案', draft.answer.map((id) => letterOf(draft.items, id)).join(''));
      break;
    case 'essay':
      set('答案', draft.referenceAnswer);
      set('评分要点', formatRubric(draft.rubric));
      break;
  }
  set('解析', draft.explanation === undefined ? undefined : richTextToPlain(draft.explanation));
  set('难度', draft.difficulty);
  set('分值', draft.points);
  set('分类', draft.category);
  set('标签', draft.tags?.join('、'));
  set('能力维度', draft.dimension);
  set('依据', draft.source && formatSource(draft.source));
  return cells;
}
