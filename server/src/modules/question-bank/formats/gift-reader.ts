import {
  COMPETENCY_DIMENSIONS,
  type Choice,
  type CompetencyDimension,
  type ImportIssue,
  type NumericAnswer,
  type ParseResult,
  type QuestionBody,
  type QuestionDraft,
  type QuestionMeta,
  type RubricItem,
  type SourceReference,
} from '../domain/question-draft';
import { draftProblems } from '../domain/question-draft-check';
import { invalidGradeMessage, moodleFraction } from './moodle-grades';
import { looksLikeHtml, sanitizeRichText } from '../domain/stem-html';

/*
 * Moodle GIFT (https://docs.moodle.org/en/GIFT_format), read here and written by gift-writer.ts.
 *
 * GIFT has nowhere to put dimension, difficulty, points, tags, source, a numeric unit, or an
 * essay's reference answer and rubric. The writer puts them in one comment line directly above
 * the question, which Moodle skips and parseGift reads back:
 *
 *   // @kaoping {"dimension":"法律法规","difficulty":2,"points":2,"tags":["许可证"],"source":{...}}
 *   ::law-001::依据……{=…~…}
 *
 * Two types GIFT cannot express are written so that Moodle still accepts the file:
 * - ordering: a Moodle matching question pairing each item with its position (`{=扫码 -> 2 …}`),
 *   which Moodle can grade; the exact items and order travel in the comment as "body".
 * - fill_blank with more than one blank: an essay `{}` whose stem shows the {{1}}, {{2}} marks
 *   (braces escaped); the accepted answers travel in the comment as "body".
 * Everything else is written natively. So that `parseGift(writeGift(x))` gives x back exactly, the
 * writer parses each question it writes; whatever would come back different (option ids other
 * than A, B, C…, matching ids other than L1…/R1…, a `->` inside a matching text, a blank at the very
 * end of a stem, HTML that sanitises differently…) is added to the comment as "body", "stem",
 * "explanation", "key" or "category", and the comment wins on reading.
 *
 * The key is the ::title::; categories are `$CATEGORY: $course$/top/A/B` lines written whenever the
 * category changes (a question without one, after questions with one, goes under `$course$/top`).
 *
 * Reading a Moodle file loses what Kaoping has no place for: per-answer feedback, partial credit
 * of short answers (every answer with a positive weight is accepted), numeric answers other than
 * the first full-credit one. `[tag:…]` and `[id:…]` in comments (Moodle 3.6+) become tags and,
 * when there is no ::title::, the key.
 */

export const KAOPING_COMMENT = '@kaoping';

interface SourceLine {
  text: string;
  line: number;
}

interface KaopingComment {
  line: number;
  meta: Partial<QuestionMeta>;
  body?: QuestionBody;
  unit?: string;
  referenceAnswer?: string;
  rubric?: RubricItem[];
}

type Fail = (line: number, field: string, message: string) => void;

export function parseGift(text: string): ParseResult {
  const result: ParseResult = { questions: [], issues: [] };
  const fail: Fail = (line, field, message) => {
    result.issues.push({ line, field, message: `第 ${line} 行：${message}` } satisfies ImportIssue);
  };
  let category: string | undefined;
  for (const block of splitBlocks(text)) {
    let comment: KaopingComment | undefined;
    let commentLine: number | undefined;
    const moodleTags: string[] = [];
    let moodleId: string | undefined;
    const content: SourceLine[] = [];
    for (const { text: rawLine, line } of block) {
      const trimmed = rawLine.trim();
      if (!trimmed.startsWith('//')) {
        content.push({ text: trimmed, line });
        continue;
      }
      const kaoping = new RegExp(`^//\\s*${KAOPING_COMMENT}(?![\\w-])(.*)$`).exec(trimmed);
      if (kaoping) {
        if (commentLine !== undefined)
          fail(line, KAOPING_COMMENT, `一道题只能有一行 ${KAOPING_COMMENT} 注释（上一行在第 ${commentLine} 行）`);
        commentLine = line;
        comment = readComment(kaoping[1], line, fail) ?? comment;
        continue;
      }
      for (const tag of trimmed.matchAll(/\[tag:((?:\\\]|[^\]])*)\]/g)) moodleTags.push(tag[1].replace(/\\\]/g, ']').trim());
      const id = /\[id:((?:\\\]|[^\]])*)\]/.exec(trimmed);
      if (id) moodleId = id[1].replace(/\\\]/g, ']').trim();
    }
    if (content.length > 0 && /^\$CATEGORY\s*:/i.test(content[0].text)) {
      category = readCategoryPath(content[0].text.replace(/^\$CATEGORY\s*:/i, ''));
      content.shift();
    }
    if (content.length === 0) {
      if (commentLine !== undefined)
        fail(commentLine, KAOPING_COMMENT, `这行 ${KAOPING_COMMENT} 注释下面没有试题（注释须紧挨在试题的上一行，中间不能空行）`);
      continue;
    }
    const parsed = parseQuestion(content, fail);
    if (!parsed) continue;
    const draft = applyComment(
      { ...parsed.draft, ...(category === undefined ? {} : { category }), ...moodleMeta(parsed.draft, moodleTags, moodleId) },
      comment,
      fail,
    );
    for (const { field, code, params, message } of draftProblems(draft)) result.issues.push({ line: parsed.line, field, code, params, message: `第 ${parsed.line} 行：${message}` });
    result.questions.push({ draft, line: parsed.line });
  }
  const notes = uniqueTitles(result.questions);
  if (notes.length) result.notes = notes;
  result.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}

/** Moodle lets two questions share a ::title::; the later ones get a numbered key, and the report says so. */
function uniqueTitles(questions: ParseResult['questions']): ImportIssue[] {
  const notes: ImportIssue[] = [];
  const seen = new Map<string, number | undefined>();
  for (const q of questions) if (q.draft.key && !seen.has(q.draft.key)) seen.set(q.draft.key, q.line);
  const first = new Map(seen);
  const kept = new Set<string>();
  for (const q of questions) {
    const key = q.draft.key;
    if (!key) continue;
    if (!kept.has(key) && first.get(key) === q.line) {
      kept.add(key);
      continue;
    }
    let n = 2;
    while (seen.has(`${key}-${n}`)) n++;
    const unique = `${key}-${n}`;
    seen.set(unique, q.line);
    q.draft = { ...q.draft, key: unique };
    notes.push({
      line: q.line,
      field: 'key',
      message: `第 ${q.line} 行：标题「${key}」与第 ${first.get(key)} 行的题目同名（Moodle 允许重名），这道题的编号改为 ${unique}`,
    });
  }
  return notes;
}

/** Questions are separated by blank lines. */
function splitBlocks(text: string): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((lineText, i) => {
      if (lineText.trim() === '') {
        if (current.length > 0) blocks.push(current);
        current = [];
      } else {
        current.push({ text: lineText, line: i + 1 });
      }
    });
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** `$course$/top/A/B`, `$course$/A/B`, `top/A/B` and `A/B` all mean 'A/B'; the top alone means none. */
export function readCategoryPath(path: string): string | undefined {
  const levels = path
    .trim()
    .replace(/^\$[a-z]+\$\/?/i, '')
    .split('/')
    .map((level) => level.trim())
    .filter((level) => level !== '');
  if (levels[0] === 'top') levels.shift();
  return levels.length > 0 ? levels.join('/') : undefined;
}

function moodleMeta(draft: QuestionDraft, tags: string[], id: string | undefined): Partial<QuestionMeta> {
  return {
    ...(tags.length > 0 ? { tags } : {}),
    ...(draft.key === undefined && id ? { key: id } : {}),
  };
}

/** Offsets in the joined question text, mapped back to file lines. */
class QuestionText {
  readonly raw: string;
  private readonly starts: number[] = [];
  constructor(private readonly lines: SourceLine[]) {
    let offset = 0;
    for (const l of lines) {
      this.starts.push(offset);
      offset += l.text.length + 1;
    }
    this.raw = lines.map((l) => l.text).join('\n');
  }
  lineAt(offset: number): number {
    let i = 0;
    while (i + 1 < this.starts.length && this.starts[i + 1] <= offset) i++;
    return this.lines[i].line;
  }
}

function parseQuestion(lines: SourceLine[], fail: Fail): { draft: QuestionDraft; line: number } | undefined {
  const q = new QuestionText(lines);
  const raw = q.raw;
  const startLine = lines[0].line;
  let pos = 0;
  let key: string | undefined;
  if (raw.startsWith('::')) {
    const end = findUnescaped(raw, '::', 2);
    if (end === -1) {
      fail(startLine, 'key', '标题缺少结尾的 ::，应写成 ::标题::题干{…}');
      return undefined;
    }
    key = unescapeGift(raw.slice(2, end)).trim() || undefined;
    pos = end + 2;
  }
  while (pos < raw.length && /\s/.test(raw[pos])) pos++;
  const marker = /^\[(html|plain|markdown|moodle)\]/i.exec(raw.slice(pos));
  const format = marker ? marker[1].toLowerCase() : 'moodle';
  if (marker) pos += marker[0].length;

  const open = findUnescaped(raw, '{', pos);
  const close = open === -1 ? findUnescaped(raw, '}', pos) : findUnescaped(raw, '}', open + 1);
  if (open === -1) {
    if (close !== -1) fail(q.lineAt(close), 'answer', '多出一个右花括号 }，前面没有对应的 {（题目文字中的 } 要写成 \\}）');
    else fail(startLine, 'answer', '没有答案块：GIFT 试题要在 { } 中写答案，例如 {=正确 ~错误}；简答题写 {}');
    return undefined;
  }
  const nested = findUnescaped(raw, '{', open + 1);
  if (close === -1 || (nested !== -1 && nested < close)) {
    const where = nested !== -1 && (close === -1 || nested < close) ? `，在第 ${q.lineAt(nested)} 行又遇到 {` : '';
    fail(q.lineAt(open), 'answer', `缺少右花括号 }：答案块从这一行的 { 开始${where}（题目文字中的 { 要写成 \\{；一道题中间不能有空行）`);
    return undefined;
  }
  const extra = Math.min(...[findUnescaped(raw, '{', close + 1), findUnescaped(raw, '}', close + 1)].map((i) => (i === -1 ? Infinity : i)));
  if (extra !== Infinity) {
    fail(q.lineAt(extra), 'answer', `一道题只能有一个答案块 { }，这里又出现了 ${raw[extra]}（多空填空题请拆成几道题，或从考评导出）`);
    return undefined;
  }

  let answerText = raw.slice(open + 1, close);
  const feedbackAt = lastUnescaped(answerText, '####');
  const explanation = feedbackAt === -1 ? undefined : cleanText(unescapeGift(answerText.slice(feedbackAt + 4)).trim());
  if (feedbackAt !== -1) answerText = answerText.slice(0, feedbackAt);

  const before = unescapeGift(raw.slice(pos, open));
  const after = unescapeGift(raw.slice(close + 1));
  const body = readAnswerBlock(answerText, open + 1, q, startLine, fail);
  if (!body) return undefined;
  const midStem = after.trim() !== '';
  const blank = body.type === 'fill_blank' ? '{{1}}' : '_____';
  let stem = midStem ? `${before.trimStart()}${blank}${after.trimEnd()}` : before.trim();
  if (!midStem && body.type === 'fill_blank') stem = `${stem} {{1}}`;
  stem = format === 'html' ? sanitizeRichText(stem) : cleanText(stem);

  const meta: QuestionMeta = { stem, ...(key === undefined ? {} : { key }), ...(explanation ? { explanation } : {}) };
  return { draft: { ...meta, ...body }, line: startLine };
}

function readAnswerBlock(text: string, offset: number, q: QuestionText, startLine: number, fail: Fail): QuestionBody | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return { type: 'essay', referenceAnswer: '', rubric: [] };
  if (trimmed.startsWith('#')) return readNumeric(text.slice(text.indexOf('#') + 1), offset + text.indexOf('#') + 1, q, fail);
  if (findUnescaped(trimmed, '~') !== -1) return readChoice(text, offset, q, startLine, fail);
  if (trimmed.startsWith('=') && trimmed.includes('->')) return readMatching(text, offset, q, fail);
  const tf = /^(T|TRUE|F|FALSE)\s*(#|$)/i.exec(trimmed);
  if (tf) return { type: 'true_false', answer: tf[1].toUpperCase().startsWith('T') };
  if (trimmed.startsWith('=')) return readShortAnswer(text, offset, q, startLine, fail);
  fail(
    q.lineAt(offset + text.indexOf(trimmed[0])),
    'answer',
    `无法识别答案块「${shorten(trimmed)}」：单选写 {=对 ~错}，多选写 {~%50%对 ~%50%对 ~%-100%错}，判断写 {T} 或 {F}，填空写 {=答案}，数值写 {#60:0.5}，配对写 {=甲 -> 乙 =丙 -> 丁}，简答写 {}`,
  );
  return undefined;
}

interface Answer {
  marker: string;
  /** escaped text after the marker, weight and per-answer feedback removed */
  text: string;
  weight: number;
  line: number;
}

/** The ::title::, or the start of the text, to name a question in a message. */
function giftQuestionName(raw: string): string {
  const title = /^::((?:\\.|[^:])*)::/.exec(raw);
  if (title && title[1].trim()) return unescapeGift(title[1]).trim();
  return unescapeGift(raw.slice(0, Math.max(0, findUnescaped(raw, '{', 0))))
    .replace(/^::.*?::/, '')
    .replace(/^\[\w+\]/, '')
    .trim()
    .slice(0, 30);
}

/** Splits `=a ~%50%b#feedback` at each unescaped marker; undefined (after reporting) when malformed. */
function splitAnswers(text: string, markers: string, offset: number, q: QuestionText, fail: Fail): Answer[] | undefined {
  const cuts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (markers.includes(text[i])) cuts.push(i);
  }
  const lead = text.slice(0, cuts[0] ?? text.length).trim();
  if (lead !== '') {
    fail(
      q.lineAt(offset + text.indexOf(lead)),
      'answer',
      `答案「${shorten(unescapeGift(lead))}」前面缺少 ${markers.split('').join(' 或 ')}`,
    );
    return undefined;
  }
  const answers: Answer[] = [];
  let ok = true;
  cuts.forEach((cut, i) => {
    const line = q.lineAt(offset + cut);
    let piece = text.slice(cut + 1, cuts[i + 1] ?? text.length).trim();
    let weight = text[cut] === '=' ? 100 : 0;
    if (piece.startsWith('%')) {
      const w = /^%\s*(-?\d+(?:\.\d+)?)\s*%/.exec(piece);
      if (!w) {
        fail(line, 'answer', `权重「${shorten(/^%[^%]*%?/.exec(piece)?.[0] ?? piece)}」写法不对，应写成 ~%50%选项 或 ~%-100%选项`);
        ok = false;
        return;
      }
      weight = Number(w[1]);
      if (moodleFraction(weight) === undefined) {
        fail(line, 'answer', invalidGradeMessage(giftQuestionName(q.raw), w[1]));
        ok = false;
        return;
      }
      piece = piece.slice(w[0].length);
    }
    const feedback = findUnescaped(piece, '#');
    answers.push({ marker: text[cut], text: feedback === -1 ? piece : piece.slice(0, feedback), weight, line });
  });
  return ok ? answers : undefined;
}

function readChoice(text: string, offset: number, q: QuestionText, startLine: number, fail: Fail): QuestionBody | undefined {
  const answers = splitAnswers(text, '=~', offset, q, fail);
  if (!answers) return undefined;
  const options: Choice[] = answers.map((a, i) => ({ id: letterId(i), text: cleanText(unescapeGift(a.text).trim()) }));
  const right = answers.flatMap((a, i) => (a.weight > 0 ? [{ id: options[i].id, weight: a.weight, marker: a.marker }] : []));
  if (right.length === 0) {
    fail(startLine, 'answer', '选择题没有正确答案：单选题在正确选项前写 =，多选题在正确选项前写 ~%50% 这样的正权重');
    return undefined;
  }
  const keyed = right.filter((r) => r.marker === '=');
  if (keyed.length > 1) {
    fail(startLine, 'answer', '单选题只能有一个 = 正确选项；多选题请把正确选项写成 ~%50%选项，错误选项写成 ~%-100%选项');
    return undefined;
  }
  // as Moodle's GIFT reader: an `=` answer makes the question single choice, and ~%50% options beside it earn part of the marks
  if (keyed.length === 1) {
    const partial = right.filter((r) => r.marker !== '=' && r.weight < 100);
    const credit = Object.fromEntries(partial.map((r) => [r.id, moodleFraction(r.weight) ?? r.weight / 100]));
    return { type: 'single', options, answer: keyed[0].id, ...(partial.length && { credit }) };
  }
  if (right.length === 1 && right[0].weight >= 100) return { type: 'single', options, answer: right[0].id };
  return { type: 'multiple', options, answer: right.map((r) => r.id) };
}

function readShortAnswer(text: string, offset: number, q: QuestionText, startLine: number, fail: Fail): QuestionBody | undefined {
  const answers = splitAnswers(text, '=', offset, q, fail);
  if (!answers) return undefined;
  const accepted = answers.filter((a) => a.weight > 0).map((a) => cleanText(unescapeGift(a.text).trim()));
  if (accepted.length === 0) {
    fail(startLine, 'answer', '填空题没有可接受的答案：写成 {=答案一 =答案二}');
    return undefined;
  }
  return { type: 'fill_blank', answer: [accepted] };
}

function readMatching(text: string, offset: number, q: QuestionText, fail: Fail): QuestionBody | undefined {
  const answers = splitAnswers(text, '=', offset, q, fail);
  if (!answers) return undefined;
  const left: Choice[] = [];
  const right: Choice[] = [];
  const answer: Record<string, string> = {};
  let ok = true;
  for (const a of answers) {
    const arrow = a.text.indexOf('->');
    if (arrow === -1) {
      fail(a.line, 'answer', `配对「${shorten(unescapeGift(a.text).trim())}」缺少 ->，应写成 =左侧 -> 右侧`);
      ok = false;
      continue;
    }
    const leftText = cleanText(unescapeGift(a.text.slice(0, arrow)).trim());
    const rightText = cleanText(unescapeGift(a.text.slice(arrow + 2)).trim());
    let target = right.find((r) => r.text === rightText);
    if (!target) {
      target = { id: `R${right.length + 1}`, text: rightText };
      right.push(target);
    }
    // Moodle writes a distractor (a right-hand text nobody pairs with) as `= -> text`.
    if (leftText === '') continue;
    const id = `L${left.length + 1}`;
    left.push({ id, text: leftText });
    answer[id] = target.id;
  }
  return ok ? { type: 'matching', left, right, answer } : undefined;
}

const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?`;

function readNumeric(text: string, offset: number, q: QuestionText, fail: Fail): QuestionBody | undefined {
  let spec = text;
  let line = q.lineAt(offset);
  if (findUnescaped(text, '=') !== -1) {
    // Several answers with partial credit: Kaoping keeps the first full-credit one.
    const answers = splitAnswers(text, '=', offset, q, fail);
    if (!answers) return undefined;
    const full = answers.find((a) => a.weight >= 100);
    if (!full) {
      fail(line, 'answer', '数值题没有满分答案：写成 {#=60:0.5}');
      return undefined;
    }
    spec = full.text;
    line = full.line;
  } else {
    const feedback = findUnescaped(spec, '#');
    if (feedback !== -1) spec = spec.slice(0, feedback);
  }
  spec = unescapeGift(spec).trim();
  const range = new RegExp(`^(${NUMBER})\\s*\\.\\.\\s*(${NUMBER})$`).exec(spec);
  const tolerance = new RegExp(`^(${NUMBER})\\s*:\\s*(${NUMBER})$`).exec(spec);
  const exact = new RegExp(`^${NUMBER}$`).exec(spec);
  let answer: NumericAnswer;
  if (range) answer = { min: Number(range[1]), max: Number(range[2]) };
  else if (tolerance) answer = { value: Number(tolerance[1]), tolerance: Number(tolerance[2]) };
  else if (exact) answer = { value: Number(exact[0]) };
  else {
    fail(line, 'answer', `数值题答案「${shorten(spec)}」无法识别：写成 {#60:0.5}（60，允许误差 0.5）、{#59.5..60.5}（范围）或 {#60}`);
    return undefined;
  }
  return { type: 'numeric', answer };
}

// ---------------------------------------------------------------- the @kaoping comment

function readComment(json: string, line: number, fail: Fail): KaopingComment | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    fail(line, KAOPING_COMMENT, `${KAOPING_COMMENT} 注释不是合法的 JSON，这行的附加信息（维度、难度、分值等）没有读入`);
    return undefined;
  }
  if (!isRecord(value)) {
    fail(line, KAOPING_COMMENT, `${KAOPING_COMMENT} 注释应是 {…} 形式的 JSON 对象`);
    return undefined;
  }
  const comment: KaopingComment = { line, meta: {} };
  const wrong = (field: string, expected: string) => fail(line, field, `${KAOPING_COMMENT} 注释中的 ${field} 应为${expected}，已忽略`);
  const text = (field: string): string | undefined => {
    const v = value[field];
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v;
    wrong(field, '文字');
    return undefined;
  };
  const number = (field: string): number | undefined => {
    const v = value[field];
    if (v === undefined) return undefined;
    if (isNumber(v)) return v;
    wrong(field, '数字');
    return undefined;
  };
  const assign = <K extends keyof QuestionMeta>(field: K, v: QuestionMeta[K] | undefined) => {
    if (v !== undefined) comment.meta[field] = v;
  };
  assign('key', text('key'));
  assign('category', text('category'));
  assign('stem', text('stem'));
  assign('explanation', text('explanation'));
  assign('difficulty', number('difficulty'));
  assign('points', number('points'));
  const dimension = text('dimension');
  if (dimension !== undefined) {
    if (isDimension(dimension)) comment.meta.dimension = dimension;
    else fail(line, 'dimension', `未知能力维度「${dimension}」（可用：${COMPETENCY_DIMENSIONS.join('、')}）`);
  }
  if (value.tags !== undefined) {
    if (isStringArray(value.tags)) comment.meta.tags = [...value.tags];
    else wrong('tags', '文字列表');
  }
  if (value.source !== undefined) {
    const source = readSource(value.source);
    if (source) comment.meta.source = source;
    else wrong('source', ' {"document": …, "article"?: …, "effectiveDate"?: …}');
  }
  comment.unit = text('unit');
  comment.referenceAnswer = text('referenceAnswer');
  if (value.rubric !== undefined) {
    if (isRubric(value.rubric)) comment.rubric = value.rubric.map((r) => ({ criterion: r.criterion, points: r.points }));
    else wrong('rubric', ' [{"criterion": …, "points": …}] 列表');
  }
  if (value.body !== undefined) {
    comment.body = readBody(value.body);
    if (!comment.body) wrong('body', '完整的题目内容（type 及其答案）');
  }
  return comment;
}

function applyComment(draft: QuestionDraft, comment: KaopingComment | undefined, fail: Fail): QuestionDraft {
  if (!comment) return draft;
  let body: QuestionBody = comment.body ?? bodyOf(draft);
  if (body.type === 'essay' && (comment.referenceAnswer !== undefined || comment.rubric !== undefined)) {
    body = { ...body, referenceAnswer: comment.referenceAnswer ?? body.referenceAnswer, rubric: comment.rubric ?? body.rubric };
  } else if (comment.referenceAnswer !== undefined || comment.rubric !== undefined) {
    fail(comment.line, 'referenceAnswer', `${KAOPING_COMMENT} 注释中的参考答案和评分要点只用于简答题 {}，已忽略`);
  }
  if (comment.unit !== undefined) {
    if (body.type === 'numeric') body = { ...body, unit: comment.unit };
    else fail(comment.line, 'unit', `${KAOPING_COMMENT} 注释中的 unit 只用于数值题，已忽略`);
  }
  return { ...metaOf(draft), ...comment.meta, ...body };
}

function readSource(v: unknown): SourceReference | undefined {
  if (!isRecord(v) || typeof v.document !== 'string') return undefined;
  if (v.article !== undefined && typeof v.article !== 'string') return undefined;
  if (v.effectiveDate !== undefined && typeof v.effectiveDate !== 'string') return undefined;
  return {
    document: v.document,
    ...(v.article === undefined ? {} : { article: v.article }),
    ...(v.effectiveDate === undefined ? {} : { effectiveDate: v.effectiveDate }),
  };
}

function readBody(v: unknown): QuestionBody | undefined {
  if (!isRecord(v)) return undefined;
  switch (v.type) {
    case 'single': {
      if (!isChoices(v.options) || typeof v.answer !== 'string') return undefined;
      if (v.credit === undefined) return { type: 'single', options: copyChoices(v.options), answer: v.answer };
      if (!isRecord(v.credit) || !Object.values(v.credit).every(isNumber)) return undefined;
      return { type: 'single', options: copyChoices(v.options), answer: v.answer, credit: { ...(v.credit as Record<string, number>) } };
    }
    case 'multiple':
      return isChoices(v.options) && isStringArray(v.answer)
        ? { type: 'multiple', options: copyChoices(v.options), answer: [...v.answer] }
        : undefined;
    case 'true_false':
      return typeof v.answer === 'boolean' ? { type: 'true_false', answer: v.answer } : undefined;
    case 'fill_blank':
      return Array.isArray(v.answer) && v.answer.every(isStringArray)
        ? { type: 'fill_blank', answer: v.answer.map((a: string[]) => [...a]) }
        : undefined;
    case 'numeric': {
      const a = v.answer;
      if (v.unit !== undefined && typeof v.unit !== 'string') return undefined;
      const unit = typeof v.unit === 'string' ? { unit: v.unit } : {};
      if (isRecord(a) && isNumber(a.value) && (a.tolerance === undefined || isNumber(a.tolerance))) {
        return {
          type: 'numeric',
          answer: a.tolerance === undefined ? { value: a.value } : { value: a.value, tolerance: a.tolerance },
          ...unit,
        };
      }
      if (isRecord(a) && isNumber(a.min) && isNumber(a.max)) return { type: 'numeric', answer: { min: a.min, max: a.max }, ...unit };
      return undefined;
    }
    case 'matching': {
      const answer = v.answer;
      if (!isChoices(v.left) || !isChoices(v.right) || !isRecord(answer)) return undefined;
      const pairs = Object.entries(answer);
      if (!pairs.every((p): p is [string, string] => typeof p[1] === 'string')) return undefined;
      return { type: 'matching', left: copyChoices(v.left), right: copyChoices(v.right), answer: Object.fromEntries(pairs) };
    }
    case 'ordering':
      return isChoices(v.items) && isStringArray(v.answer)
        ? { type: 'ordering', items: copyChoices(v.items), answer: [...v.answer] }
        : undefined;
    case 'essay':
      return typeof v.referenceAnswer === 'string' && isRubric(v.rubric)
        ? { type: 'essay', referenceAnswer: v.referenceAnswer, rubric: v.rubric.map((r) => ({ criterion: r.criterion, points: r.points })) }
        : undefined;
    default:
      return undefined;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

function isChoices(v: unknown): v is Choice[] {
  return Array.isArray(v) && v.every((c) => isRecord(c) && typeof c.id === 'string' && typeof c.text === 'string');
}

function isRubric(v: unknown): v is RubricItem[] {
  return Array.isArray(v) && v.every((r) => isRecord(r) && typeof r.criterion === 'string' && isNumber(r.points));
}

function isDimension(v: string): v is CompetencyDimension {
  return (COMPETENCY_DIMENSIONS as readonly string[]).includes(v);
}

function copyChoices(choices: Choice[]): Choice[] {
  return choices.map((c) => ({ id: c.id, text: c.text }));
}

function metaOf(draft: QuestionDraft): QuestionMeta {
  const { key, category, dimension, difficulty, points, tags, stem, explanation, source } = draft;
  const meta: QuestionMeta = { stem };
  if (key !== undefined) meta.key = key;
  if (category !== undefined) meta.category = category;
  if (dimension !== undefined) meta.dimension = dimension;
  if (difficulty !== undefined) meta.difficulty = difficulty;
  if (points !== undefined) meta.points = points;
  if (tags !== undefined) meta.tags = tags;
  if (explanation !== undefined) meta.explanation = explanation;
  if (source !== undefined) meta.source = source;
  return meta;
}

export function bodyOf(draft: QuestionDraft): QuestionBody {
  switch (draft.type) {
    case 'single':
      return draft.credit === undefined
        ? { type: draft.type, options: draft.options, answer: draft.answer }
        : { type: draft.type, options: draft.options, answer: draft.answer, credit: draft.credit };
    case 'multiple':
      return { type: draft.type, options: draft.options, answer: draft.answer };
    case 'true_false':
      return { type: draft.type, answer: draft.answer };
    case 'fill_blank':
      return { type: draft.type, answer: draft.answer };
    case 'numeric':
      return draft.unit === undefined
        ? { type: draft.type, answer: draft.answer }
        : { type: draft.type, answer: draft.answer, unit: draft.unit };
    case 'matching':
      return { type: draft.type, left: draft.left, right: draft.right, answer: draft.answer };
    case 'ordering':
      return { type: draft.type, items: draft.items, answer: draft.answer };
    case 'essay':
      return { type: draft.type, referenceAnswer: draft.referenceAnswer, rubric: draft.rubric };
  }
}

// ---------------------------------------------------------------- text

function findUnescaped(text: string, token: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(token, i)) return i;
  }
  return -1;
}

function lastUnescaped(text: string, token: string): number {
  let last = -1;
  for (let i = findUnescaped(text, token); i !== -1; i = findUnescaped(text, token, i + 1)) last = i;
  return last;
}

/** Moodle's escapes: \~ \= \# \{ \} \: \\ and \n for a line break; any other backslash stays. */
function unescapeGift(text: string): string {
  return text.replace(/\\(.)/gs, (whole, c: string) => (c === 'n' ? '\n' : '\\~=#{}:'.includes(c) ? c : whole));
}

/** Anything that looks like markup is sanitised, whatever the format marker says. */
function cleanText(text: string): string {
  return looksLikeHtml(text) ? sanitizeRichText(text) : text;
}

function letterId(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return index < letters.length ? letters[index] : `${letterId(Math.floor(index / letters.length) - 1)}${letters[index % letters.length]}`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 30 ? `${flat.slice(0, 30)}…` : flat;
}
