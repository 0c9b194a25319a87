import type { Issue } from '../../../platform/errors/issue-catalogue';
import { QuestionIssues as I } from '../domain/question-bank-issues';
import { draftProblems } from '../domain/question-draft-check';
import {
  Choice,
  COMPETENCY_DIMENSIONS,
  CompetencyDimension,
  NumericAnswer,
  QuestionBody,
  QuestionDraft,
  QuestionMeta,
  QuestionType,
  RubricItem,
  SourceReference,
} from '../domain/question-draft';
import { looksLikeHtml, sanitizeRichText } from '../domain/stem-html';
import {
  CREDIT_HEADER,
  GUARDED_START,
  OPTION_LETTERS,
  REQUIRED_HEADERS,
  TYPE_WORD,
  TYPE_WORDS,
  optionHeader,
  sheetHeaders,
} from './sheet-columns';

// Rows of the layout in sheet-columns.ts, read forgivingly into drafts; sheet-writer.ts writes the canonical form.

/** Other names trainers' own sheets use for a column. 序号 is deliberately absent: it is a row count, not a stable key. */
const HEADER_ALIASES: Record<string, string> = {
  题目编号: '编号',
  题目类型: '题型',
  试题类型: '题型',
  类型: '题型',
  题目: '题干',
  题目内容: '题干',
  试题内容: '题干',
  正确答案: '答案',
  标准答案: '答案',
  参考答案: '答案',
  答案解析: '解析',
  试题解析: '解析',
  难度等级: '难度',
  难易程度: '难度',
  分数: '分值',
  类别: '分类',
  维度: '能力维度',
  出处: '依据',
  法规依据: '依据',
  评分标准: '评分要点',
};

/** Maps a header as typed (spaces, full-width letters, a trailing * or （必填）) to its column, or undefined. */
export function canonicalHeader(raw: string): string | undefined {
  const text = toHalfWidth(raw)
    .replace(/\s+/g, '')
    .replace(/\(必填\)$|\*$/, '')
    .toUpperCase();
  if (sheetHeaders(OPTION_LETTERS.length).includes(text) || text === CREDIT_HEADER) return text;
  return HEADER_ALIASES[text];
}

// ---- cell text ----------------------------------------------------------------------------------

/** Full-width ASCII (Ａ１，；～) and the ideographic space to their half-width forms; Chinese punctuation such as 、 stays. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Undoes toCellText (and the same guard from other tools). */
export function fromCellText(text: string): string {
  return GUARDED_START.test(text) ? text.slice(1) : text;
}

/** Sheets hold plain text; markup typed into a cell is sanitised like any rich text. */
function richCell(text: string): string {
  return looksLikeHtml(text) ? sanitizeRichText(text) : text;
}

export function parseTypeWord(cell: string): QuestionType | undefined {
  const word = toHalfWidth(cell).replace(/\s+/g, '').toLowerCase();
  return (Object.keys(TYPE_WORDS) as QuestionType[]).find((type) => TYPE_WORDS[type].includes(word));
}

// ---- answers ------------------------------------------------------------------------------------

/** Option letters from an answer like `ACD`, `A,C,D`, `A、C、D` or `ｃ＞ａ＞ｂ`; undefined when anything else is in it. */
export function parseLetters(cell: string): string[] | undefined {
  const text = toHalfWidth(cell)
    .toUpperCase()
    .replace(/[\s,、;.。/>→-]+/g, '');
  return /^[A-Z]*$/.test(text) ? text.split('').filter(Boolean) : undefined;
}

const TRUE_WORDS = ['对', '正确', '√', '✓', '✔', 'T', 'TRUE', '是', 'Y', 'YES'];

const FALSE_WORDS = ['错', '错误', '×', '✗', '✘', 'F', 'FALSE', '否', 'N', 'NO'];

export function parseTrueFalse(cell: string): boolean | undefined {
  const word = toHalfWidth(cell).trim().toUpperCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return undefined;
}

/** Marks `（  ）` and `____` blanks as {{1}}, {{2}}, … in order, unless the stem already uses {{n}}. */
export function markBlanks(stem: string): string {
  if (/\{\{\d+\}\}/.test(stem)) return stem;
  let n = 0;
  return stem.replace(/[（(][ \u3000]*[）)]|[_＿]{2,}/g, () => `{{${++n}}}`);
}

/** `北京|北京市；上海` → [['北京','北京市'],['上海']]; a trailing separator adds no blank. */
export function parseBlanks(cell: string): string[][] {
  const text = cell.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => toHalfWidth(c));
  const blanks = text.split(/[;；]/).map((blank) =>
    blank
      .split(/[|｜]/)
      .map((a) => a.trim())
      .filter(Boolean),
  );
  while (blanks.length > 0 && blanks[blanks.length - 1].length === 0) blanks.pop();
  return blanks;
}

const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d+)?|\.\d+)`;

const UNIT = String.raw`(?:\s*([^\d\s.+\-±~].*))?`;

const TOLERANCE = new RegExp(String.raw`^(${NUMBER})\s*(?:±|\+/?-)\s*(\d+(?:\.\d+)?)${UNIT}$`);

const RANGE = new RegExp(String.raw`^(${NUMBER})\s*[~\-]\s*(${NUMBER})${UNIT}$`);

const VALUE = new RegExp(String.raw`^(${NUMBER})${UNIT}$`);

/** `60`, `60±0.5`, `60+-0.5`, `59.5~60.5`, `59.5-60.5`, `-5--3`, each optionally followed by a unit (`80%`, `5日`). */
export function parseNumericAnswer(cell: string): { answer: NumericAnswer; unit?: string } | undefined {
  const text = toHalfWidth(cell)
    .trim()
    .replace(/[−–]/g, '-')
    .replace(/〜/g, '~')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  const withUnit = (answer: NumericAnswer, unit: string | undefined) => (unit?.trim() ? { answer, unit: unit.trim() } : { answer });
  let m = TOLERANCE.exec(text);
  if (m) return withUnit({ value: Number(m[1]), tolerance: Number(m[2]) }, m[3]);
  m = RANGE.exec(text);
  if (m) return withUnit({ min: Number(m[1]), max: Number(m[2]) }, m[3]);
  m = VALUE.exec(text);
  if (m) return withUnit({ value: Number(m[1]) }, m[2]);
  return undefined;
}

/** `依据条款：4；处罚标准（6分）` or one point per line → rubric items; an item without points is a fault. */
export function parseRubric(cell: string): { rubric: RubricItem[]; faults: Issue[] } {
  const rubric: RubricItem[] = [];
  const faults: Issue[] = [];
  const points = String.raw`([\d０-９]+(?:[.．][\d０-９]+)?)`;
  const colon = new RegExp(String.raw`^(.+)[:：]\s*${points}\s*分?$`);
  const bracket = new RegExp(String.raw`^(.+?)\s*[（(]\s*${points}\s*分\s*[）)]$`);
  for (const item of cell
    .split(/[;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = colon.exec(item) ?? bracket.exec(item);
    if (m && m[1].trim()) rubric.push({ criterion: m[1].trim(), points: Number(toHalfWidth(m[2])) });
    else faults.push(I['questionBank.sheet.rubricPointsMissing']({ item }));
  }
  return { rubric, faults };
}

// ---- metadata -----------------------------------------------------------------------------------

const DIFFICULTY_WORDS: Record<string, number> = { 易: 1, 容易: 1, 简单: 1, 较易: 2, 中: 3, 中等: 3, 一般: 3, 较难: 4, 难: 5, 困难: 5 };

export function parseDifficulty(cell: string): number | undefined {
  const text = toHalfWidth(cell).trim();
  if (text in DIFFICULTY_WORDS) return DIFFICULTY_WORDS[text];
  const n = /^\d+(?:\.0+)?$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

export function parseTags(cell: string): string[] {
  return [
    ...new Set(
      cell
        .split(/[,，、;；]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

const CHINESE_NUMBER = '[一二三四五六七八九十百千零〇两\\d]+';

const ARTICLE = new RegExp(`第${CHINESE_NUMBER}条(?:之[一二三四五六七八九十]+)?(?:第${CHINESE_NUMBER}款)?(?:第${CHINESE_NUMBER}项)?`);

const DATE = /(\d{4})\s*[-/.年－／．]\s*(\d{1,2})\s*[-/.月－／．]\s*(\d{1,2})\s*日?/;

/** `中华人民共和国烟草专卖法 第十六条 2015-04-24` → { document, article, effectiveDate }; dates may also be 2015/4/24 or 2015年4月24日. */
export function parseSource(cell: string): { source?: SourceReference; fault?: Issue } {
  // only digits are normalised: a document's own full-width brackets, as in （试行）, are part of its name
  let text = cell.replace(/[０-９]/g, (c) => toHalfWidth(c)).trim();
  let effectiveDate: string | undefined;
  const date = DATE.exec(text);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const day = new Date(Date.UTC(y, m - 1, d));
    if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return { fault: I['questionBank.sheet.sourceDateInvalid']({ date: date[0] }) };
    effectiveDate = day.toISOString().slice(0, 10);
    text = text.replace(date[0], ' ');
  }
  let article: string | undefined;
  const found = ARTICLE.exec(text);
  if (found) {
    article = found[0];
    text = text.replace(found[0], ' ');
  }
  const document = text.replace(/\s+/g, ' ').trim();
  if (!document) return { fault: I['questionBank.sheet.sourceDocumentMissing']() };
  return { source: { document, ...(article ? { article } : {}), ...(effectiveDate ? { effectiveDate } : {}) } };
}

function parseDimension(cell: string): CompetencyDimension | undefined {
  const text = toHalfWidth(cell).replace(/\s+/g, '').toUpperCase();
  return COMPETENCY_DIMENSIONS.find((d) => d.toUpperCase() === text);
}

// ---- a row --------------------------------------------------------------------------------------

export interface CellIssue extends Issue {
  field: string;
}

type Fail = (field: string, issue: Issue) => void;

/** draftProblems speaks in draft fields; a trainer needs the column. */
const FIELD_HEADERS: Record<string, string> = {
  type: '题型',
  stem: '题干',
  dimension: '能力维度',
  difficulty: '难度',
  points: '分值',
  options: '选项',
  left: '选项',
  right: '选项',
  items: '选项',
  answer: '答案',
  referenceAnswer: '答案',
  rubric: '评分要点',
  category: '分类',
  tags: '标签',
  explanation: '解析',
  source: '依据',
  unit: '答案',
};

/** draftProblems names matching sides, which a sheet only shows as 左项=右项 pairs. */
const MATCHING_ISSUES: Record<string, Issue> = {
  'left:questionBank.check.tooFewEntries': I['questionBank.sheet.matchingTooFewPairs'](),
  'right:questionBank.check.tooFewEntries': I['questionBank.sheet.matchingTooFewRight'](),
};

/**
 * Reads one row, given its non-empty cells keyed by canonical header. The draft is returned only
 * when the row has no issue at all; every issue found is reported, one per fault.
 */
export function cellsToDraft(cells: ReadonlyMap<string, string>): { draft?: QuestionDraft; issues: CellIssue[] } {
  const issues: CellIssue[] = [];
  const fail: Fail = (field, issue) => issues.push({ field, ...issue });
  const typeCell = cells.get('题型');
  const type = typeCell === undefined ? undefined : parseTypeWord(typeCell);
  const known = Object.values(TYPE_WORD).join('、');
  if (typeCell === undefined) fail('题型', I['questionBank.sheet.typeEmpty']({ known }));
  else if (!type) fail('题型', I['questionBank.check.typeUnknown']({ type: typeCell, known }));
  const meta = readMeta(cells, fail);
  if (!type) {
    if (!meta.stem.trim()) fail('题干', I['questionBank.check.stemEmpty']());
    return { issues };
  }
  const body = readBody(type, cells, meta, fail);
  const draft: QuestionDraft = { ...meta, ...body };
  // a column already at fault explains the rule broken downstream of it; 选项B covers 选项
  const reported = new Set(issues.map((i) => (i.field.startsWith('选项') ? '选项' : i.field)));
  for (const problem of draftProblems(draft)) {
    const field = FIELD_HEADERS[problem.field] ?? problem.field;
    const { field: _, ...issue } = problem;
    const said = MATCHING_ISSUES[`${problem.field}:${problem.code}`] ?? issue;
    if (!reported.has(field) && !issues.some((i) => i.field === field && i.message === said.message)) fail(field, said);
  }
  return issues.length ? { issues } : { draft, issues };
}

function readMeta(cells: ReadonlyMap<string, string>, fail: Fail): QuestionMeta {
  const meta: QuestionMeta = { stem: richCell(cells.get('题干') ?? '') };
  const key = cells.get('编号');
  if (key !== undefined) meta.key = key;
  const category = cells.get('分类');
  if (category !== undefined)
    meta.category = category
      .split(/\s*[/／>＞\\]\s*/)
      .filter(Boolean)
      .join('/');
  const dimension = cells.get('能力维度');
  if (dimension !== undefined) {
    const known = parseDimension(dimension);
    if (known) meta.dimension = known;
    else fail('能力维度', I['questionBank.check.dimensionUnknown']({ dimension, known: COMPETENCY_DIMENSIONS.join('、') }));
  }
  const difficulty = cells.get('难度');
  if (difficulty !== undefined) {
    const level = parseDifficulty(difficulty);
    if (level !== undefined) meta.difficulty = level;
    else fail('难度', I['questionBank.sheet.difficultyUnreadable']({ value: difficulty }));
  }
  const points = cells.get('分值');
  if (points !== undefined) {
    const text = toHalfWidth(points).replace(/\s*分$/, '');
    const value = /^\d+(?:\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : NaN;
    if (value > 0) meta.points = value;
    else fail('分值', I['questionBank.sheet.pointsInvalid']({ value: points }));
  }
  const tags = cells.get('标签');
  if (tags !== undefined && parseTags(tags).length) meta.tags = parseTags(tags);
  const explanation = cells.get('解析');
  if (explanation !== undefined) meta.explanation = richCell(explanation);
  const source = cells.get('依据');
  if (source !== undefined) {
    const parsed = parseSource(source);
    if (parsed.source) meta.source = parsed.source;
    else fail('依据', parsed.fault ?? I['questionBank.sheet.sourceDocumentMissing']());
  }
  return meta;
}

/** Options from 选项A on; a hole before a filled option would shift every letter after it, so it is a fault. */
function readOptions(cells: ReadonlyMap<string, string>, fail: Fail): Choice[] {
  const texts = OPTION_LETTERS.map((_, i) => cells.get(optionHeader(i)));
  const last = texts.reduce<number>((found, text, i) => (text === undefined ? found : i), -1);
  const options: Choice[] = [];
  for (let i = 0; i <= last; i++) {
    const text = texts[i];
    if (text === undefined) fail(optionHeader(i), I['questionBank.sheet.optionGap']({ letter: OPTION_LETTERS[i] }));
    else options.push({ id: OPTION_LETTERS[i], text: richCell(text) });
  }
  return options;
}

/** `B=33.33333%；C=50%`: option letters with the share of the marks they earn. */
function readCredit(cell: string | undefined, fail: Fail): Record<string, number> | undefined {
  if (cell === undefined) return undefined;
  const credit: Record<string, number> = {};
  for (const part of toHalfWidth(cell)
    .split(/[;；,，、\n]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z])\s*[=:：]\s*(\d+(?:\.\d+)?)\s*%$/.exec(part);
    if (!m) {
      fail(CREDIT_HEADER, I['questionBank.sheet.creditUnreadable']({ part }));
      return undefined;
    }
    credit[m[1].toUpperCase()] = Math.round(Number(m[2]) * 1e5) / 1e7;
  }
  return Object.keys(credit).length ? credit : undefined;
}

function readBody(type: QuestionType, cells: ReadonlyMap<string, string>, meta: QuestionMeta, fail: Fail): QuestionBody {
  const answer = cells.get('答案') ?? '';
  const needAnswer = () => {
    if (!answer) fail('答案', I['questionBank.sheet.answerEmpty']());
    return Boolean(answer);
  };
  switch (type) {
    case 'single': {
      const options = readOptions(cells, fail);
      const letters = parseLetters(answer);
      if (!needAnswer()) return { type, options, answer: '' };
      if (!letters) fail('答案', I['questionBank.sheet.singleAnswerUnreadable']({ answer }));
      else if (letters.length > 1) fail('答案', I['questionBank.sheet.singleAnswerMany']({ answer }));
      const credit = readCredit(cells.get(CREDIT_HEADER), fail);
      return { type, options, answer: letters?.[0] ?? '', ...(credit && { credit }) };
    }
    case 'multiple': {
      const options = readOptions(cells, fail);
      const letters = parseLetters(answer);
      if (needAnswer() && !letters) fail('答案', I['questionBank.sheet.multipleAnswerUnreadable']({ answer }));
      return { type, options, answer: letters ?? [] };
    }
    case 'true_false': {
      let value = parseTrueFalse(answer);
      // sheets from other systems often give 判断题 two options (正确/错误) and answer with a letter
      const letters = parseLetters(answer);
      if (value === undefined && letters?.length === 1) {
        const option = cells.get(`选项${letters[0]}`);
        if (option !== undefined) value = parseTrueFalse(option);
      }
      if (needAnswer() && value === undefined) fail('答案', I['questionBank.sheet.trueFalseUnreadable']({ answer }));
      return { type, answer: value ?? false };
    }
    case 'fill_blank':
      meta.stem = markBlanks(meta.stem);
      needAnswer();
      return { type, answer: parseBlanks(answer) };
    case 'numeric': {
      const parsed = needAnswer() ? parseNumericAnswer(answer) : undefined;
      if (answer && !parsed) fail('答案', I['questionBank.sheet.numericUnreadable']({ answer }));
      return { type, answer: parsed?.answer ?? { value: 0 }, ...(parsed?.unit ? { unit: parsed.unit } : {}) };
    }
    case 'matching':
      return readMatching(readOptions(cells, fail), fail);
    case 'ordering': {
      const items = readOptions(cells, fail).map((option, i) => ({ id: `S${i + 1}`, text: option.text }));
      const letters = parseLetters(answer);
      if (needAnswer() && !letters) fail('答案', I['questionBank.sheet.orderingUnreadable']({ answer }));
      const order = (letters ?? []).map((letter) => {
        const index = OPTION_LETTERS.indexOf(letter);
        if (index >= items.length) fail('答案', I['questionBank.sheet.orderingLetterUnknown']({ letter }));
        return `S${index + 1}`;
      });
      return { type, items, answer: order };
    }
    case 'essay': {
      const { rubric, faults } = parseRubric(cells.get('评分要点') ?? '');
      for (const fault of faults) fail('评分要点', fault);
      return { type, referenceAnswer: answer, rubric };
    }
  }
}

/** Each option is `左项=右项`; `=右项` adds a distractor on the right. Equal right texts are one right item. */
function readMatching(options: Choice[], fail: Fail): QuestionBody {
  const left: Choice[] = [];
  const right: Choice[] = [];
  const answer: Record<string, string> = {};
  const rightId = (text: string) => {
    const existing = right.find((r) => r.text === text);
    if (existing) return existing.id;
    const id = `R${right.length + 1}`;
    right.push({ id, text });
    return id;
  };
  for (const option of options) {
    const header = `选项${option.id}`;
    const at = option.text.search(/[=＝]/);
    if (at < 0) {
      fail(header, I['questionBank.sheet.matchingNoEquals']({ letter: option.id, text: option.text }));
      continue;
    }
    const [l, r] = [option.text.slice(0, at).trim(), option.text.slice(at + 1).trim()];
    if (!r) {
      fail(header, I['questionBank.sheet.matchingNoRight']({ letter: option.id, text: option.text }));
      continue;
    }
    const id = rightId(r);
    if (l) {
      const leftId = `L${left.length + 1}`;
      left.push({ id: leftId, text: l });
      answer[leftId] = id;
    }
  }
  return { type: 'matching', left, right, answer };
}

// ---- a whole sheet ------------------------------------------------------------------------------

export interface SheetRecord {
  /** Where the record starts: the Excel row or the CSV line. */
  at: number;
  /** Cell texts keyed by the header as written in the file. */
  values: Readonly<Record<string, string>>;
}

export interface LocatedIssue extends CellIssue {
  at: number;
}

/**
 * Reads every record of a sheet whose header row is at `headerAt`. Missing required columns stop
 * the reading with one issue naming them all.
 */
export function parseSheetRecords(
  headers: readonly string[],
  headerAt: number,
  records: readonly SheetRecord[],
): { questions: Array<{ draft: QuestionDraft; at: number }>; issues: LocatedIssue[] } {
  const columns = new Map<string, string>();
  for (const header of headers) {
    const canonical = canonicalHeader(header);
    if (canonical && ![...columns.values()].includes(canonical)) columns.set(header, canonical);
  }
  const present = new Set(columns.values());
  const missing = REQUIRED_HEADERS.filter((h) => !present.has(h));
  if (missing.length) {
    return { questions: [], issues: [{ at: headerAt, field: missing[0], ...I['questionBank.sheet.missingColumns']({ columns: missing.join('、') }) }] };
  }
  const questions: Array<{ draft: QuestionDraft; at: number }> = [];
  const issues: LocatedIssue[] = [];
  const keys = new Map<string, number>();
  for (const record of records) {
    const cells = new Map<string, string>();
    for (const [header, raw] of Object.entries(record.values)) {
      const canonical = columns.get(header);
      const text = fromCellText(raw.trim()).trim();
      if (canonical && text) cells.set(canonical, text);
    }
    if (cells.size === 0) continue;
    const { draft, issues: found } = cellsToDraft(cells);
    const key = cells.get('编号');
    const first = key === undefined ? undefined : keys.get(key);
    if (key !== undefined && first !== undefined) found.push({ field: '编号', ...I['questionBank.sheet.keyRepeated']({ key, first }) });
    else if (key !== undefined) keys.set(key, record.at);
    issues.push(...found.map((issue) => ({ at: record.at, ...issue })));
    if (draft && !found.length) questions.push({ draft, at: record.at });
  }
  if (questions.length === 0 && issues.length === 0) issues.push({ at: headerAt + 1, field: '题干', ...I['questionBank.sheet.noQuestions']() });
  return { questions, issues };
}
