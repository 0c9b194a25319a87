import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { draftProblems } from '../domain/question-draft-check';
import type { Choice, CompetencyDimension, ImportIssue, NumericAnswer, ParseResult, QuestionBody, QuestionDraft, RubricItem, SourceReference } from '../domain/question-draft';
import { looksLikeHtml, richTextToPlain, sanitizeRichText } from '../domain/stem-html';
import { invalidGradeMessage, moodleFraction } from './moodle-grades';
import { refusingEntityDecoder, XmlDeclarationRefused } from './xml-entities';
import { TAG_DIFFICULTY, TAG_DIMENSION, TAG_RANGE, TAG_SOURCE, TAG_SOURCE_ARTICLE, TAG_SOURCE_DATE } from './moodle-xml-tags';

/** Reads Moodle XML; what Kaoping keeps in tags and the grader information: moodle-xml-tags.ts. */

export const MOODLE_MAX_QUESTIONS = 20_000;

const UNSUPPORTED: Record<string, string> = {
  description: '说明文字',
  calculated: '计算题',
  calculatedsimple: '简单计算题',
  calculatedmulti: '计算选择题',
  ddwtos: '拖放文字',
  ddimageortext: '拖放到图片',
  ddmarker: '拖放标记',
  gapselect: '选词填空',
  randomsamatch: '随机简答配对',
  random: '随机题',
  multichoiceset: '全有或全无多选',
};

const SHORT_ANSWER_CLOZE = new Set(['SHORTANSWER', 'SA', 'MW', 'SHORTANSWER_C', 'SAC', 'MWC']);

type XmlNode = Record<string, unknown>;

type Entry =
  | { kind: 'category'; path: string | undefined }
  | { kind: 'question'; draft: QuestionDraft; keyFromName: boolean }
  | { kind: 'skipped'; field: string; message: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  entityDecoder: refusingEntityDecoder(),
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => ['answer', 'subquestion', 'tag', 'unit', 'file'].includes(name),
});

export function parseMoodleXml(xml: string): ParseResult {
  const text = xml.replace(/^\uFEFF/, '');
  const lineAt = lineIndex(text);
  // The parser itself refuses a DOCTYPE (xml-entities.ts), and a refusal anywhere refuses the whole
  // file: the document outside the questions is parsed for it here, each question below.
  const refused = (line: number): ParseResult => ({ questions: [], issues: [{ line, field: 'xml', message: DECLARATION_REFUSED }] });
  const refusedAtDoctype = () => {
    const doctype = text.search(/<!DOCTYPE/i);
    return refused(doctype < 0 ? 1 : lineAt(doctype));
  };
  // the prolog, where a DOCTYPE normally sits, first: a bomb there is refused before the rest is scanned
  const firstQuestion = text.indexOf('<question');
  if (declarationRefused(() => parser.parse(text.slice(0, firstQuestion < 0 ? text.length : firstQuestion)))) return refusedAtDoctype();
  const scan = scanDocument(text);
  if (declarationRefused(() => parser.parse(outsideQuestions(text, scan.spans)))) return refusedAtDoctype();

  const issues: ImportIssue[] = [];
  const notes: ImportIssue[] = [];
  const ignoredSettings = new Set<string>();
  const questions: Array<{ draft: QuestionDraft; line: number; keyFromName: boolean }> = [];
  const failedLines: Array<[number, number]> = [];
  let category: string | undefined;
  for (const span of scan.spans) {
    const line = lineAt(span.start);
    const chunk = text.slice(span.start, span.end);
    const checked = XMLValidator.validate(chunk);
    if (checked !== true) {
      issues.push(syntaxIssue(line, checked.err));
      failedLines.push([line, lineAt(span.end)]);
      continue;
    }
    let entry: Entry;
    questionNotes = [];
    try {
      const node = asNode((parser.parse(chunk) as XmlNode).question);
      entry = readQuestion(node);
      for (const setting of IGNORED_SETTINGS) if (entry.kind === 'question' && child(node, setting) !== undefined) ignoredSettings.add(setting);
    } catch (error) {
      if (error instanceof XmlDeclarationRefused) return refused(line);
      entry = { kind: 'skipped', field: 'xml', message: `无法读取这道题（${error instanceof Error ? error.message : String(error)}），该题已跳过` };
    }
    if (entry.kind === 'category') {
      category = entry.path;
      continue;
    }
    if (entry.kind === 'skipped') {
      issues.push({ line, field: entry.field, message: entry.message });
      continue;
    }
    for (const note of questionNotes) notes.push({ line, ...note });
    if (questions.length === MOODLE_MAX_QUESTIONS) {
      issues.push({ line, field: 'question', message: `一次最多导入 ${MOODLE_MAX_QUESTIONS} 道题，从这一题起未导入；请把文件拆分后分批导入` });
      break;
    }
    const draft: QuestionDraft = category === undefined ? entry.draft : { ...entry.draft, category };
    for (const problem of draftProblems(draft)) issues.push({ line, ...problem });
    questions.push({ draft, line, keyFromName: entry.keyFromName });
  }

  const whole = XMLValidator.validate(text);
  if (whole !== true) {
    const line = whole.err.line;
    // an error inside a question, or a file cut off inside one, is already reported by that question's own check
    const inFailedQuestion = failedLines.some(([from, to]) => line >= from && line <= to);
    const cutOffInFailedQuestion = /^(Invalid '\[|Unclosed tag)/.test(whole.err.msg) && failedLines.at(-1)?.[1] === lineAt(text.length);
    if (!inFailedQuestion && !cutOffInFailedQuestion) issues.push(syntaxIssue(1, whole.err, '请修正后重新导入'));
  }
  if (!scan.hasQuiz || scan.spans.length === 0) {
    issues.push({ line: 1, field: 'xml', message: '文件中没有找到 Moodle 题目（<quiz> 下的 <question>）；请确认在 Moodle 导出时选择了“Moodle XML 格式”' });
  }

  // an idnumber is unique in Moodle and a repeat is refused as Moodle refuses it; names are not unique
  // (two questions may both be called "Q1"), so a key taken from a name is made unique instead
  const seen = new Map<string, number>();
  for (const q of questions) if (q.draft.key && !q.keyFromName && !seen.has(q.draft.key)) seen.set(q.draft.key, q.line);
  for (const q of questions) {
    const key = q.draft.key;
    if (!key) continue;
    if (!q.keyFromName) {
      if (seen.get(key) !== q.line) issues.push({ line: q.line, field: 'key', message: `编号 ${key} 与第 ${seen.get(key)} 行的题目重复` });
      continue;
    }
    if (!seen.has(key)) {
      seen.set(key, q.line);
      continue;
    }
    let n = 2;
    while (seen.has(`${key}-${n}`)) n++;
    const unique = `${key}-${n}`;
    seen.set(unique, q.line);
    q.draft = { ...q.draft, key: unique };
    notes.push({ line: q.line, field: 'name', message: `题目名称「${key}」与第 ${seen.get(key)} 行的题目同名（Moodle 允许重名），这道题的编号改为 ${unique}` });
  }
  if (ignoredSettings.size) {
    notes.push({ line: 1, field: [...ignoredSettings].join(','), message: `已忽略 Moodle 的 ${[...ignoredSettings].map((s) => `${s}（${IGNORED_SETTING_LABELS[s]}）`).join('、')}：考评不按重答扣分，是否打乱选项在试卷上统一设置` });
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  notes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { questions: questions.map(({ draft, line }) => ({ draft, line })), issues, ...(notes.length && { notes }) };
}

const IGNORED_SETTINGS = ['penalty', 'shuffleanswers'] as const;
const IGNORED_SETTING_LABELS: Record<string, string> = { penalty: '重答扣分', shuffleanswers: '打乱选项' };

/**
 * What reading the current question changed or left out, collected while it is read (the helpers
 * below run synchronously inside one question's readQuestion) and reported at its line.
 */
let questionNotes: Array<{ field: string; message: string }> = [];
const note = (field: string, message: string) => questionNotes.push({ field, message });

const DECLARATION_REFUSED = '文件含有 DOCTYPE/ENTITY（实体）声明或未定义的实体引用，出于安全考虑不予导入；请从 Moodle 重新导出，或删除该声明后再试';

/**
 * Whether parsing refused a declaration: ours refuses any DOCTYPE it is handed, and the parser itself
 * fails on one it cannot read (an external entity, say) before handing it over. Any other parse
 * error is the validator's to report.
 */
function declarationRefused(parse: () => unknown): boolean {
  try {
    parse();
    return false;
  } catch (error) {
    return error instanceof XmlDeclarationRefused || (error instanceof Error && /DOCTYPE|entit/i.test(error.message));
  }
}

/** The document with every question cut out: its prolog, <quiz> and whatever lies between questions. */
function outsideQuestions(text: string, spans: Scan['spans']): string {
  let rest = '';
  let from = 0;
  for (const span of spans) {
    rest += text.slice(from, span.start);
    from = span.end;
  }
  return rest + text.slice(from);
}

interface Scan {
  spans: Array<{ start: number; end: number }>;
  hasQuiz: boolean;
}

/**
 * Finds each <question> element's extent without trusting the document to be well formed, so one
 * broken question costs only itself. Comments and CDATA are skipped: stems may quote markup.
 */
function scanDocument(text: string): Scan {
  const tokens = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<question(?=[\s>/])|<\/question\s*>|<quiz(?=[\s>/])|<\/quiz\s*>/g;
  const scan: Scan = { spans: [], hasQuiz: false };
  let open: number | undefined;
  let quizEnd = text.length;
  for (const match of text.matchAll(tokens)) {
    const token = match[0];
    const at = match.index;
    if (token.startsWith('<!--') || token.startsWith('<![CDATA[')) continue;
    if (token.startsWith('<quiz')) {
      scan.hasQuiz = true;
    } else if (token.startsWith('</quiz')) {
      quizEnd = at;
    } else if (token.startsWith('<question')) {
      if (open !== undefined) scan.spans.push({ start: open, end: at });
      open = at;
    } else if (open !== undefined) {
      scan.spans.push({ start: open, end: at + token.length });
      open = undefined;
    }
  }
  if (open !== undefined) scan.spans.push({ start: open, end: Math.max(open, quizEnd) });
  return scan;
}

function readQuestion(q: XmlNode): Entry {
  const type = attr(q, 'type');
  if (type && GRADED_ANSWERS.has(type)) {
    const invalid = children(q, 'answer').map((a) => attr(a, 'fraction') ?? '0').filter((f) => moodleFraction(Number(f)) === undefined);
    if (invalid.length) return { kind: 'skipped', field: 'answer', message: invalidGradeMessage(questionName(q), invalid[0]) };
  }
  switch (type) {
    case 'category':
      return { kind: 'category', path: categoryFromMoodle(plainText(child(child(q, 'category'), 'text'))) };
    case 'multichoice':
      return withMeta(q, readMultichoice(q));
    case 'truefalse':
      return withMeta(q, { type: 'true_false', answer: children(q, 'answer').some((a) => fraction(a) > 0 && plainText(child(a, 'text')).toLowerCase() === 'true') });
    case 'shortanswer': {
      const accepted = children(q, 'answer').filter((a) => fraction(a) >= 100).map((a) => richText(a));
      const partial = children(q, 'answer').filter((a) => fraction(a) > 0 && fraction(a) < 100);
      if (partial.length) note('answer', `部分得分的答案 ${partial.map((a) => `「${plainText(child(a, 'text'))}」（${attr(a, 'fraction')}%）`).join('、')} 未导入：填空只接受满分答案`);
      return withMeta(q, { type: 'fill_blank', answer: [accepted] }, (stem) => `${stem} {{1}}`);
    }
    case 'numerical':
      return withMeta(q, readNumerical(q));
    case 'matching':
      return withMeta(q, readMatching(q));
    case 'ordering':
      return withMeta(q, readOrdering(q));
    case 'essay':
      return withMeta(q, { type: 'essay', ...readGraderInfo(child(q, 'graderinfo')) });
    case 'cloze':
    case 'multianswer':
      return readCloze(q);
    case undefined:
      return { kind: 'skipped', field: 'type', message: '题目缺少 type 属性，无法判断题型，该题已跳过' };
    default: {
      const label = UNSUPPORTED[type];
      return type === 'description'
        ? { kind: 'skipped', field: 'type', message: '「说明文字」（description）只是说明，不是题目，已跳过' }
        : { kind: 'skipped', field: 'type', message: `暂不支持 Moodle 的「${label ?? type}」题型（${type}），该题已跳过；请在考评中改用单选、多选、填空、数值等题型录入` };
    }
  }
}

const GRADED_ANSWERS = new Set(['multichoice', 'truefalse', 'shortanswer', 'numerical']);

function questionName(q: XmlNode): string {
  const name = plainText(child(child(q, 'name'), 'text'));
  return name || htmlToPlain(rawText(child(q, 'questiontext'))).slice(0, 30);
}

function withMeta(q: XmlNode, body: QuestionBody | Entry, stemOf: (stem: string) => string = (stem) => stem): Entry {
  if ('kind' in body) return body;
  const tags = children(child(q, 'tags'), 'tag').map((t) => plainText(child(t, 'text'))).filter((t) => t !== '');
  const meta = metaFromTags(tags);
  const name = plainText(child(child(q, 'name'), 'text'));
  const idnumber = plainText(child(q, 'idnumber'));
  const key = idnumber || (looksLikeKey(name) ? name : undefined);
  const grade = plainText(child(q, 'defaultgrade'));
  let answerBody = body;
  if (meta.range && body.type === 'numeric' && 'value' in body.answer) {
    const { value, tolerance = 0 } = body.answer;
    answerBody = { ...body, answer: { min: roundNear(value - tolerance, value, tolerance), max: roundNear(value + tolerance, value, tolerance) } };
  }
  const draft = withoutUndefined({
    key,
    dimension: meta.dimension,
    difficulty: meta.difficulty,
    points: grade === '' ? undefined : Number(grade),
    tags: meta.tags.length ? meta.tags : undefined,
    stem: stemOf(richText(child(q, 'questiontext'))),
    explanation: richText(child(q, 'generalfeedback')) || undefined,
    source: meta.source,
    ...answerBody,
  }) as QuestionDraft;
  return { kind: 'question', draft, keyFromName: !idnumber && key !== undefined };
}

/**
 * Single choice keeps Moodle's partial credit per option (33.33333 % earns a third); Kaoping never
 * takes marks away, so a negative grade counts as 0. Multiple choice keys every positively graded
 * option and is marked by the paper's multiple-choice rule, so unequal or negative weights are noted.
 */
function readMultichoice(q: XmlNode): QuestionBody | Entry {
  const answers = children(q, 'answer').map((a, i) => ({ id: choiceId(i), text: richText(a), grade: moodleFraction(fraction(a)) ?? 0, percent: attr(a, 'fraction') ?? '0' }));
  const options: Choice[] = answers.map(({ id, text }) => ({ id, text }));
  const negative = answers.filter((a) => a.grade < 0);
  const single = plainText(child(q, 'single')).toLowerCase();
  if (single === 'false' || single === '0') {
    const keys = answers.filter((a) => a.grade > 0);
    if (new Set(keys.map((a) => a.grade)).size > 1) {
      note('answer', `多选题各选项的得分（${answers.map((a) => `${a.id} ${a.percent}%`).join('、')}）未逐项保留：得分为正的选项都是答案，按试卷的多选计分规则计分`);
    }
    return { type: 'multiple', options, answer: keys.map((a) => a.id) };
  }
  const key = answers.find((a) => a.grade === 1);
  if (!key) return { kind: 'skipped', field: 'answer', message: `题目「${questionName(q)}」是单选题，但没有得分为 100% 的选项；请在 Moodle 中把正确选项的得分设为 100% 后重新导出` };
  const partial = answers.filter((a) => a.grade > 0 && a !== key);
  if (negative.length) note('answer', `选项 ${negative.map((a) => `${a.id}（${a.percent}%）`).join('、')} 的得分为负：考评不倒扣分，选它得 0 分`);
  return { type: 'single', options, answer: key.id, ...(partial.length && { credit: Object.fromEntries(partial.map((a) => [a.id, a.grade])) }) };
}

function readNumerical(q: XmlNode): QuestionBody | Entry {
  const correct = children(q, 'answer').find((a) => fraction(a) >= 100 && plainText(child(a, 'text')) !== '*');
  const partial = children(q, 'answer').filter((a) => fraction(a) > 0 && fraction(a) < 100);
  if (partial.length) note('answer', `部分得分的答案 ${partial.map((a) => `${plainText(child(a, 'text'))}（${attr(a, 'fraction')}%）`).join('、')} 未导入：数值题只按满分答案计分`);
  if (!correct) return { kind: 'skipped', field: 'answer', message: '数值题没有得分为 100% 的答案，该题已跳过；请在 Moodle 中把正确答案的得分设为 100%' };
  const tolerance = plainText(child(correct, 'tolerance'));
  const answer: NumericAnswer = tolerance === '' ? { value: Number(plainText(child(correct, 'text'))) } : { value: Number(plainText(child(correct, 'text'))), tolerance: Number(tolerance) };
  const unit = children(child(q, 'units'), 'unit').find((u) => Number(plainText(child(u, 'multiplier'))) === 1);
  const unitName = unit ? plainText(child(unit, 'unit_name')) : '';
  return unitName ? { type: 'numeric', answer, unit: unitName } : { type: 'numeric', answer };
}

function readMatching(q: XmlNode): QuestionBody {
  const left: Choice[] = [];
  const right: Choice[] = [];
  const answer: Record<string, string> = {};
  for (const sub of children(q, 'subquestion')) {
    const rightText = richText(child(sub, 'answer'));
    let r = right.find((c) => c.text === rightText);
    if (!r) right.push((r = { id: `R${right.length + 1}`, text: rightText }));
    const leftText = richText(sub);
    if (leftText === '') continue; // an empty left side is how Moodle stores a distractor
    const id = `L${left.length + 1}`;
    left.push({ id, text: leftText });
    answer[id] = r.id;
  }
  return { type: 'matching', left, right, answer };
}

function readOrdering(q: XmlNode): QuestionBody {
  const answers = children(q, 'answer').map((a, i) => ({ id: `S${i + 1}`, text: richText(a), position: fraction(a), i }));
  const items = answers.map(({ id, text }) => ({ id, text }));
  // `fraction` numbers each item's place in the key (Moodle writes them in that order; Kaoping in its
  // stored order); files written by hand may leave them all at 1, and then the order written is the key
  const key = new Set(answers.map((a) => a.position)).size === answers.length ? [...answers].sort((a, b) => a.position - b.position || a.i - b.i) : answers;
  return { type: 'ordering', items, answer: key.map((a) => a.id) };
}

function readGraderInfo(node: XmlNode | undefined): { referenceAnswer: string; rubric: RubricItem[] } {
  const raw = rawText(node);
  if (attr(node, 'format') === 'html' || looksLikeHtml(raw)) {
    // the last "评分要点" block, in case the reference answer itself uses the words
    const block = /^([\s\S]*)<p>\s*评分要点[:：]\s*<\/p>\s*<ol[^>]*>((?:(?!<\/ol>)[\s\S])*)<\/ol>\s*$/.exec(raw);
    const rubric = block ? [...block[2].matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((li) => rubricItem(htmlToPlain(li[1]))) : [];
    if (block && isRubric(rubric)) return { referenceAnswer: cleanText(block[1], 'html'), rubric };
    return { referenceAnswer: cleanText(raw, 'html'), rubric: [] };
  }
  const block = /^(?:([\s\S]*)\n)?[ \t]*评分要点[:：][ \t]*\n([\s\S]+)$/.exec(raw);
  const rubric = block ? block[2].trim().split('\n').map((line) => /^\s*\d+\s*[.、．]\s*(.*)$/.exec(line)?.[1]).map((line) => (line === undefined ? undefined : rubricItem(line))) : [];
  if (block && isRubric(rubric)) return { referenceAnswer: (block[1] ?? '').trim(), rubric };
  return { referenceAnswer: raw, rubric: [] };
}

function isRubric(items: Array<RubricItem | undefined>): items is RubricItem[] {
  return items.length > 0 && items.every((item) => item !== undefined);
}

function rubricItem(line: string): RubricItem | undefined {
  const m = /^\s*(.+?)\s*[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]\s*$/.exec(line);
  return m ? { criterion: m[1], points: Number(m[2]) } : undefined;
}

/** Cloze ("Embedded answers"): only short-answer blanks have a Kaoping counterpart. */
function readCloze(q: XmlNode): Entry {
  const node = child(q, 'questiontext');
  const format = attr(node, 'format');
  const answer: string[][] = [];
  const unsupported: string[] = [];
  const raw = rawText(node).replace(/\{(\d*):([A-Za-z_]+):((?:\\.|[^\\}])*)\}/g, (_code, _weight, kind: string, body: string) => {
    if (!SHORT_ANSWER_CLOZE.has(kind.toUpperCase())) unsupported.push(`第 ${answer.length + unsupported.length + 1} 空（${kind}）`);
    const accepted = splitUnescaped(body, '~')
      .map((entry) => /^(=|%(-?\d+(?:\.\d+)?)%)?((?:\\.|[^\\#])*)/.exec(entry) ?? [])
      .filter((m) => m[1] === '=' || Number(m[2]) === 100)
      .map((m) => unescapeCloze(m[3] ?? '').trim())
      .map((a) => (format === 'html' ? htmlToPlain(a) : a));
    answer.push(accepted);
    return `{{${answer.length}}}`;
  });
  if (unsupported.length) {
    return { kind: 'skipped', field: 'questiontext', message: `完形填空中的${unsupported.join('、')}不是简答空，目前只支持 {1:SHORTANSWER:=答案} 形式的空，该题已跳过` };
  }
  if (answer.length === 0) return { kind: 'skipped', field: 'questiontext', message: '完形填空题中没有找到 {1:SHORTANSWER:=答案} 形式的空，该题已跳过' };
  return withMeta(q, { type: 'fill_blank', answer }, () => cleanText(raw, format));
}

function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      current += c + text[++i];
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

function unescapeCloze(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

interface TagMeta {
  tags: string[];
  dimension?: CompetencyDimension;
  difficulty?: number;
  source?: SourceReference;
  range: boolean;
}

function metaFromTags(all: string[]): TagMeta {
  const meta: TagMeta = { tags: [], range: false };
  let document: string | undefined;
  let article: string | undefined;
  let effectiveDate: string | undefined;
  for (const tag of all) {
    const value = (prefix: string) => tag.slice(prefix.length).trim();
    if (tag.startsWith(TAG_DIMENSION)) meta.dimension = value(TAG_DIMENSION) as CompetencyDimension;
    else if (tag.startsWith(TAG_DIFFICULTY)) meta.difficulty = Number(value(TAG_DIFFICULTY));
    else if (tag.startsWith(TAG_SOURCE_ARTICLE)) article = value(TAG_SOURCE_ARTICLE);
    else if (tag.startsWith(TAG_SOURCE_DATE)) effectiveDate = value(TAG_SOURCE_DATE);
    else if (tag.startsWith(TAG_SOURCE)) document = value(TAG_SOURCE);
    else if (tag === TAG_RANGE) meta.range = true;
    else meta.tags.push(tag);
  }
  if (document !== undefined) meta.source = withoutUndefined({ document, article, effectiveDate });
  return meta;
}

function categoryFromMoodle(path: string): string | undefined {
  const levels = path
    .replace(/^\$[a-z0-9]+\$\/?/, '')
    .split('/')
    .map((level) => level.trim())
    .filter((level) => level !== '');
  if (levels[0] === 'top') levels.shift();
  // Moodle 4 puts a context's questions under its "Default for <course>" category, which the bank itself stands for
  if (levels.length && /^(Default for |默认)/.test(levels[0])) levels.shift();
  return levels.length ? levels.join('/') : undefined;
}

interface XmlError {
  code: string;
  msg: string;
  line: number;
  col: number;
}

/** The validator's finding in words a trainer can act on; `first` is the line its line numbers count from. */
function syntaxIssue(first: number, err: XmlError, consequence = '这道题暂未导入'): ImportIssue {
  const at = first + err.line - 1;
  const unclosed = /^Expected closing tag '(.+?)' \(opened in line (\d+), col \d+\) instead of closing tag '(.+?)'/.exec(err.msg);
  if (unclosed) {
    const opened = first + Number(unclosed[2]) - 1;
    return { line: opened, field: 'xml', message: `XML 格式错误：第 ${opened} 行的 <${unclosed[1]}> 没有闭合（到第 ${at} 行遇到了 </${unclosed[3]}>）；请补上 </${unclosed[1]}>，${consequence}` };
  }
  const known: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/^Unclosed tag '(.+?)'/, (m) => `<${m[1]}> 没有闭合，请补上 </${m[1]}>`],
    [/^Invalid '\[([\s\S]*)\]' found/, (m) => `文件在 ${[...m[1].matchAll(/"([^"]+)"/g)].map((n) => `<${n[1]}>`).join('、')} 闭合之前就结束了，文件可能不完整`],
    [/^Closing tag '(.+?)' (?:doesn't|does not) have (?:a )?proper opening tag/, (m) => `</${m[1]}> 没有对应的开始标签 <${m[1]}>`],
    [/^Attribute '(.+?)' is repeated/, (m) => `属性 ${m[1]} 重复出现`],
    [/^char '(.+?)' is not expected/, (m) => `此处不应出现「${m[1]}」${m[1] === '&' ? '（文字中的 & 须写作 &amp;）' : ''}`],
    [/^Start tag expected/, () => '没有找到任何标签，文件是空的或不是 XML'],
  ];
  const where = Number.isFinite(err.col) ? `第 ${at} 行第 ${err.col} 列` : `第 ${at} 行`;
  for (const [pattern, describe] of known) {
    const m = pattern.exec(err.msg);
    if (m) return { line: at, field: 'xml', message: `XML 格式错误（${where}）：${describe(m)}；${consequence}` };
  }
  return { line: at, field: 'xml', message: `XML 格式错误（${where}）：${err.msg}；请检查该处的标签和特殊字符，${consequence}` };
}

/** `fraction` is a percentage in Moodle XML; ordering questions use it for the position. */
function fraction(node: XmlNode): number {
  const value = Number(attr(node, 'fraction') ?? 0);
  return Number.isFinite(value) ? value : 0;
}

function looksLikeKey(text: string): boolean {
  return /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/.test(text);
}

/** Undo the float noise of value ± tolerance, keeping twelve significant digits of the larger term. */
function roundNear(x: number, value: number, tolerance: number): number {
  const scale = Math.max(Math.abs(value), Math.abs(tolerance));
  if (scale === 0 || !Number.isFinite(x)) return x;
  const digits = Math.min(20, Math.max(0, 11 - Math.floor(Math.log10(scale))));
  return Number(x.toFixed(digits));
}

function choiceId(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `O${i + 1}`;
}

// ── text of an element: <x format="…"><text>…</text><file …/></x>

function rawText(node: XmlNode | undefined): string {
  if (!node) return '';
  let text = plainText(child(node, 'text'));
  // embedded images become inline data: URIs, the only kind the sanitiser lets through
  for (const file of children(node, 'file')) {
    const name = attr(file, 'name') ?? '';
    const mime = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' }[name.split('.').pop()?.toLowerCase() ?? ''];
    if (mime && attr(file, 'encoding') === 'base64') text = text.split(`@@PLUGINFILE@@/${encodeURI(name)}`).join(`data:${mime};base64,${plainText(file).replace(/\s+/g, '')}`);
  }
  return text;
}

function richText(node: XmlNode | undefined): string {
  return cleanText(rawText(node), attr(node, 'format'));
}

/** Plain text stays as typed; anything that is or looks like HTML is sanitised, and plain again if no markup survives. */
function cleanText(raw: string, format: string | undefined): string {
  const text = raw.trim();
  if (format !== 'html' && !looksLikeHtml(text)) return text;
  const clean = sanitizeRichText(text);
  const dropped = (text.match(/<img\b/gi) ?? []).length - (clean.match(/<img\b/gi) ?? []).length;
  if (dropped > 0) note('image', `${dropped} 张图片未导入：只保留文件中内嵌的图片，外部链接或 Moodle 文件区之外的图片已去掉，请在编辑器中重新上传`);
  return looksLikeHtml(clean) ? clean : htmlToPlain(clean);
}

function htmlToPlain(html: string): string {
  return richTextToPlain(`<p>${html}</p>`);
}

// ── navigating fast-xml-parser's output

function asNode(value: unknown): XmlNode {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as XmlNode;
  return { '#text': typeof value === 'string' || typeof value === 'number' ? String(value) : '' };
}

function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? (value as unknown[]) : [value]).map(asNode);
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

function plainText(node: XmlNode | undefined): string {
  const value = node?.['#text'];
  return typeof value === 'string' ? value.trim() : '';
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
