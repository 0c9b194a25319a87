import type { QuestionDraft, RubricItem } from '../domain/question-draft';
import { looksLikeHtml, richTextToPlain } from '../domain/stem-html';
import { percentOf } from './moodle-grades';
import { TAG_DIFFICULTY, TAG_DIMENSION, TAG_RANGE, TAG_SOURCE, TAG_SOURCE_ARTICLE, TAG_SOURCE_DATE } from './moodle-xml-tags';

/** Writes Moodle XML; what Kaoping keeps in tags and the grader information: moodle-xml-tags.ts. */

const RUBRIC_HEADING = '评分要点：';

const TYPE_LABEL: Record<QuestionDraft['type'], string> = {
  single: '单选',
  multiple: '多选',
  true_false: '判断',
  fill_blank: '填空',
  numeric: '数值',
  matching: '配对',
  ordering: '排序',
  essay: '简答',
};

export function writeMoodleXml(questions: QuestionDraft[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  let category: string | undefined;
  for (const question of questions) {
    // a question without a category after one with: Moodle's top category, read back as none
    if (question.category !== category) out.push(categoryXml(question.category));
    category = question.category;
    out.push(questionXml(question));
  }
  out.push('</quiz>', '');
  return out.join('\n');
}

function categoryXml(category: string | undefined): string {
  return [
    '  <question type="category">',
    `    <category><text>${cdata(category === undefined ? '$course$/top' : `$course$/top/${category}`)}</text></category>`,
    '    <info format="html"><text></text></info>',
    '    <idnumber></idnumber>',
    '  </question>',
  ].join('\n');
}

function questionXml(q: QuestionDraft): string {
  const { moodleType, stem, body } = moodleBody(q);
  const name = q.key ?? `${TYPE_LABEL[q.type]}：${richTextToPlain(q.stem).replace(/\s+/g, ' ').slice(0, 40)}`;
  const lines = [
    `  <question type="${moodleType}">`,
    `    <name><text>${cdata(name)}</text></name>`,
    `    ${richXml('questiontext', stem)}`,
    `    ${richXml('generalfeedback', q.explanation ?? '')}`,
    ...(q.points === undefined ? [] : [`    <defaultgrade>${q.points}</defaultgrade>`]),
    `    <idnumber>${escapeXml(q.key ?? '')}</idnumber>`,
    ...body.map((line) => `    ${line}`),
  ];
  const tags = tagsOf(q);
  if (tags.length) lines.push('    <tags>', ...tags.map((tag) => `      <tag><text>${cdata(tag)}</text></tag>`), '    </tags>');
  lines.push('  </question>');
  return lines.join('\n');
}

function moodleBody(q: QuestionDraft): { moodleType: string; stem: string; body: string[] } {
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const correct = q.type === 'single' ? [q.answer] : q.answer;
      const share = formatFraction(100 / Math.max(1, correct.length));
      const wrong = q.type === 'single' ? '0' : `-${share}`;
      return {
        moodleType: 'multichoice',
        stem: q.stem,
        body: [
          `<single>${q.type === 'single'}</single>`,
          '<shuffleanswers>true</shuffleanswers>',
          '<answernumbering>ABCD</answernumbering>',
          '<showstandardinstruction>0</showstandardinstruction>',
          ...q.options.map((o) => answerXml(correct.includes(o.id) ? share : q.type === 'single' && q.credit?.[o.id] ? percentOf(q.credit[o.id]) : wrong, o.text)),
        ],
      };
    }
    case 'true_false':
      return {
        moodleType: 'truefalse',
        stem: q.stem,
        body: [`<answer fraction="${q.answer ? 100 : 0}" format="moodle_auto_format"><text>true</text></answer>`, `<answer fraction="${q.answer ? 0 : 100}" format="moodle_auto_format"><text>false</text></answer>`],
      };
    case 'fill_blank': {
      if (q.answer.length === 1 && q.stem.endsWith(' {{1}}') && (q.stem.match(/\{\{\d+\}\}/g) ?? []).length === 1) {
        return { moodleType: 'shortanswer', stem: q.stem.slice(0, -' {{1}}'.length), body: ['<usecase>0</usecase>', ...q.answer[0].map((a) => answerXml('100', a, 'moodle_auto_format'))] };
      }
      return { moodleType: 'cloze', stem: clozeStem(q.stem, q.answer, q.points), body: [] };
    }
    case 'numeric': {
      const a = q.answer;
      const [value, tolerance] = 'value' in a ? [a.value, a.tolerance] : [(a.min + a.max) / 2, (a.max - a.min) / 2];
      return {
        moodleType: 'numerical',
        stem: q.stem,
        body: [
          `<answer fraction="100" format="moodle_auto_format"><text>${value}</text>${tolerance === undefined ? '' : `<tolerance>${tolerance}</tolerance>`}</answer>`,
          ...(q.unit ? [`<units><unit><multiplier>1</multiplier><unit_name>${escapeXml(q.unit)}</unit_name></unit></units>`] : []),
          '<unitgradingtype>0</unitgradingtype>',
          '<unitpenalty>0.1000000</unitpenalty>',
          `<showunits>${q.unit ? 0 : 3}</showunits>`,
          '<unitsleft>0</unitsleft>',
        ],
      };
    }
    case 'matching': {
      const rightText = new Map(q.right.map((r) => [r.id, r.text]));
      const used = new Set(Object.values(q.answer));
      const pairs: Array<[string, string]> = [...q.left.map((l): [string, string] => [l.text, rightText.get(q.answer[l.id] ?? '') ?? '']), ...q.right.filter((r) => !used.has(r.id)).map((r): [string, string] => ['', r.text])];
      return {
        moodleType: 'matching',
        stem: q.stem,
        body: ['<shuffleanswers>true</shuffleanswers>', ...pairs.map(([left, right]) => `<subquestion format="${formatOf(left)}"><text>${cdata(left)}</text><answer><text>${cdata(right)}</text></answer></subquestion>`)],
      };
    }
    case 'ordering': {
      // in the stored order, each item numbered with its place in the key: writing them in the key's
      // order would hand that order to every later import
      return {
        moodleType: 'ordering',
        stem: q.stem,
        body: [
          '<layouttype>VERTICAL</layouttype>',
          '<selecttype>ALL</selecttype>',
          '<selectcount>0</selectcount>',
          '<gradingtype>ABSOLUTE_POSITION</gradingtype>',
          '<showgrading>SHOW</showgrading>',
          '<numberingstyle>none</numberingstyle>',
          ...q.items.map((item) => answerXml(String(q.answer.indexOf(item.id) + 1), item.text)),
        ],
      };
    }
    case 'essay':
      return {
        moodleType: 'essay',
        stem: q.stem,
        body: [
          '<responseformat>editor</responseformat>',
          '<responserequired>1</responserequired>',
          '<responsefieldlines>15</responsefieldlines>',
          '<attachments>0</attachments>',
          '<attachmentsrequired>0</attachmentsrequired>',
          graderInfoXml(q.referenceAnswer, q.rubric),
          '<responsetemplate format="html"><text></text></responsetemplate>',
        ],
      };
  }
}

/** `{{n}}` becomes `{w:SHORTANSWER:=a~=b}`; the weights add up to the points when they divide evenly. */
function clozeStem(stem: string, answer: string[][], points: number | undefined): string {
  const html = looksLikeHtml(stem);
  const weight = points !== undefined && answer.length > 0 && Number.isInteger(points / answer.length) ? points / answer.length : 1;
  return stem.replace(/\{\{(\d+)\}\}/g, (_marker, n: string) => {
    const accepted = (answer[Number(n) - 1] ?? []).map((a) => `=${(html ? escapeHtml(a) : a).replace(/[\\}#~/"]/g, '\\$&')}`);
    return `{${weight}:SHORTANSWER:${accepted.join('~')}}`;
  });
}

function graderInfoXml(reference: string, rubric: RubricItem[]): string {
  const html = looksLikeHtml(reference);
  let text: string;
  if (html) {
    text = rubric.length ? `${reference}<p>${RUBRIC_HEADING}</p><ol>${rubric.map((r) => `<li>${escapeHtml(r.criterion)}（${r.points}分）</li>`).join('')}</ol>` : reference;
  } else {
    const block = rubric.length ? `${RUBRIC_HEADING}\n${rubric.map((r, i) => `${i + 1}. ${r.criterion}（${r.points}分）`).join('\n')}` : '';
    text = [reference, block].filter((part) => part !== '').join('\n\n');
  }
  return `<graderinfo format="${html ? 'html' : 'plain_text'}"><text>${cdata(text)}</text></graderinfo>`;
}

function tagsOf(q: QuestionDraft): string[] {
  const tags = [...(q.tags ?? [])];
  if (q.dimension !== undefined) tags.push(`${TAG_DIMENSION}${q.dimension}`);
  if (q.difficulty !== undefined) tags.push(`${TAG_DIFFICULTY}${q.difficulty}`);
  if (q.source) {
    tags.push(`${TAG_SOURCE}${q.source.document}`);
    if (q.source.article !== undefined) tags.push(`${TAG_SOURCE_ARTICLE}${q.source.article}`);
    if (q.source.effectiveDate !== undefined) tags.push(`${TAG_SOURCE_DATE}${q.source.effectiveDate}`);
  }
  if (q.type === 'numeric' && 'min' in q.answer) tags.push(TAG_RANGE);
  return tags;
}

function answerXml(fractionValue: string, text: string, format = formatOf(text)): string {
  return `<answer fraction="${fractionValue}" format="${format}"><text>${cdata(text)}</text></answer>`;
}

function richXml(tag: string, text: string): string {
  return `<${tag} format="${formatOf(text)}"><text>${cdata(text)}</text></${tag}>`;
}

function formatOf(text: string): string {
  return looksLikeHtml(text) ? 'html' : 'plain_text';
}

/** Moodle only accepts fractions from its list (1/2, 1/3, … to seven places), written here as percentages. */
function formatFraction(percent: number): string {
  return String(Number(percent.toFixed(5)));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeXml(text: string): string {
  return escapeHtml(withoutForbiddenChars(text));
}

function withoutForbiddenChars(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** CDATA cannot hold `]]>` nor the control characters XML 1.0 forbids. */
function cdata(text: string): string {
  const clean = withoutForbiddenChars(text);
  return clean === '' ? '' : `<![CDATA[${clean.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
}
