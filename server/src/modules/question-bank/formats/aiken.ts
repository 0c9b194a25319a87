import type { Issue } from '../../../platform/errors/issue-catalogue';
import { QuestionIssues as I } from '../domain/question-bank-issues';
import type { Choice, ParseResult } from '../domain/question-draft';
import { draftProblems } from '../domain/question-draft-check';
import { looksLikeHtml, sanitizeRichText } from '../domain/stem-html';

/*
 * Moodle's Aiken format (https://docs.moodle.org/en/Aiken_format), import only: a stem, options
 * `A. text` or `A) text`, then `ANSWER: B`; single-answer questions only. Files from the field are
 * typed on Chinese input methods, so full-width variants are read too: `Ａ．` `A、` `A）`,
 * `ANSWER：`, lower-case `answer:`, and `答案：B`. A stem may run over several lines, and a blank
 * line between the stem and its options, or before ANSWER, is tolerated.
 */

const OPTION = /^([A-ZＡ-Ｚ])\s*[.．、)）]\s*(.*)$/;
const ANSWER = /^(?:ANSWER|答案)\s*[:：]\s*(.*)$/i;

interface Line {
  text: string;
  line: number;
}

interface Pending {
  stem: Line[];
  options: Array<Choice & { line: number }>;
}

export function parseAiken(text: string): ParseResult {
  const result: ParseResult = { questions: [], issues: [] };
  const fail = (line: number, field: string, { code, params, message }: Issue) => result.issues.push({ line, field, code, ...(params && { params }), message: `第 ${line} 行：${message}` });
  const lines: Line[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l, i) => ({ text: l.trim(), line: i + 1 }));

  const missingAnswer = (q: Pending) => {
    const start = q.stem[0].line;
    if (q.options.length === 0) fail(start, 'options', I['questionBank.aiken.noOptionsNoAnswer']());
    else fail(start, 'answer', I['questionBank.aiken.noAnswerLine']());
  };

  /** After a blank line, the question goes on only if the next line is one of its options (or its ANSWER). */
  const continuesAfter = (index: number, q: Pending) => {
    const next = lines.slice(index + 1).find((l) => l.text !== '');
    if (!next) return false;
    return OPTION.test(next.text) || (q.options.length > 0 && ANSWER.test(next.text));
  };

  const finish = (q: Pending, answerText: string, answerLine: number) => {
    const start = q.stem[0].line;
    let ok = true;
    const seen = new Set<string>();
    for (const o of q.options) {
      if (seen.has(o.id)) {
        fail(o.line, 'options', I['questionBank.aiken.optionRepeated']({ id: o.id }));
        ok = false;
      }
      seen.add(o.id);
    }
    if (q.options.length < 2) {
      fail(start, 'options', I['questionBank.aiken.tooFewOptions']({ count: q.options.length }));
      ok = false;
    }
    const answer = toAscii(answerText).toUpperCase().replace(/[.．。\s]+$/, '');
    if (answer === '') {
      fail(answerLine, 'answer', I['questionBank.aiken.answerEmpty']());
      ok = false;
    } else if (/^[A-Z](?:[\s,，、]*[A-Z])+$/.test(answer)) {
      fail(answerLine, 'answer', I['questionBank.aiken.answerMany']({ answer: answerText }));
      ok = false;
    } else if (!/^[A-Z]$/.test(answer)) {
      fail(answerLine, 'answer', I['questionBank.aiken.answerUnreadable']({ answer: answerText }));
      ok = false;
    } else if (q.options.length >= 2 && !seen.has(answer)) {
      fail(answerLine, 'answer', I['questionBank.aiken.answerNotAnOption']({ answer, options: q.options.map((o) => o.id).join('、') }));
      ok = false;
    }
    if (!ok) return;
    const draft = {
      type: 'single' as const,
      stem: cleanText(q.stem.map((l) => l.text).join('\n')),
      options: q.options.map((o) => ({ id: o.id, text: cleanText(o.text) })),
      answer,
    };
    for (const { field, ...issue } of draftProblems(draft)) fail(start, field, issue);
    result.questions.push({ draft, line: start });
  };

  let q: Pending | undefined;
  for (const [index, l] of lines.entries()) {
    if (l.text === '') {
      if (q && !continuesAfter(index, q)) {
        missingAnswer(q);
        q = undefined;
      }
      continue;
    }
    const answer = ANSWER.exec(l.text);
    if (answer) {
      if (q) finish(q, answer[1].trim(), l.line);
      else fail(l.line, 'answer', I['questionBank.aiken.answerWithoutQuestion']());
      q = undefined;
      continue;
    }
    const option = OPTION.exec(l.text);
    if (q && option) {
      q.options.push({ id: toAscii(option[1]), text: option[2].trim(), line: l.line });
      continue;
    }
    if (!q) {
      q = { stem: [l], options: [] };
    } else if (q.options.length === 0) {
      q.stem.push(l);
    } else {
      // Text after the options without an ANSWER line: the question ended and a new one starts.
      missingAnswer(q);
      q = { stem: [l], options: [] };
    }
  }
  if (q) missingAnswer(q);
  return result;
}

/** Full-width Latin letters (Ａ–Ｚ, ａ–ｚ) as ASCII. */
function toAscii(text: string): string {
  return text.replace(/[Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function cleanText(text: string): string {
  return looksLikeHtml(text) ? sanitizeRichText(text) : text;
}
