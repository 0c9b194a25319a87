import Ajv2020, { ErrorObject } from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, LineCounter, parseDocument } from 'yaml';
import { REPO_ROOT } from '../../../platform/config/app-config';
import { draftProblems } from '../domain/question-draft-check';
import type { ImportIssue, ParseResult, QuestionDraft } from '../domain/question-draft';

export const CURRENT_FORMAT_VERSION = 1;

export interface BankHeader {
  key: string;
  name: string;
  description?: string;
}

export interface BankFile {
  bank: BankHeader | null;
  result: ParseResult;
}

/** One JSON Schema per format version, kept with the banks in question-bank/schema/. */
const SCHEMA_FILES: Record<number, string> = { 1: 'bank.v1.schema.json' };
const validators = new Map<number, ReturnType<Ajv2020['compile']>>();

function validatorFor(version: number) {
  let validate = validators.get(version);
  if (!validate) {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'question-bank', 'schema', SCHEMA_FILES[version]), 'utf8')) as object;
    validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    validators.set(version, validate);
  }
  return validate;
}

/**
 * Brings an older file's data up to the current format. Version 1 is the first; when version 2
 * arrives, its step from 1 goes here and older files keep importing.
 */
function upgrade(data: Record<string, unknown>): Record<string, unknown> {
  return data;
}

const YAML_MAX_ALIAS_COUNT = 100;

/** Parses the repository's own YAML bank format; every problem carries its line. */
export function parseBankYaml(text: string): BankFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length) {
    return { bank: null, result: { questions: [], issues: doc.errors.map((e) => ({ line: lineOf(e.pos[0]), field: 'yaml', message: `YAML 语法错误：${e.message.split('\n')[0]}` })) } };
  }
  let data: unknown;
  try {
    // yaml counts how far aliases would expand and throws past the limit (a "billion laughs" file)
    data = doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
  } catch {
    return { bank: null, result: { questions: [], issues: [{ line: 1, field: 'yaml', message: `文件中的别名（*引用）展开过多（上限 ${YAML_MAX_ALIAS_COUNT}），疑似别名炸弹，已拒绝` }] } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('文件内容须为一个对象（含 formatVersion、bank、questions）');
  const version = (data as Record<string, unknown>).formatVersion;
  if (typeof version !== 'number' || !SCHEMA_FILES[version]) {
    return fail(`不支持的 formatVersion：${String(version)}（支持：${Object.keys(SCHEMA_FILES).join('、')}）`, nodeLine(doc, ['formatVersion'], lineOf));
  }
  const validate = validatorFor(version);
  if (!validate(data)) {
    return { bank: null, result: { questions: [], issues: schemaIssues(validate.errors ?? [], doc, lineOf) } };
  }
  const file = upgrade(data as Record<string, unknown>) as { bank: BankHeader; questions: QuestionDraft[] };
  const issues: ImportIssue[] = [];
  const questions = file.questions.map((draft, i) => {
    const line = nodeLine(doc, ['questions', i], lineOf);
    for (const problem of draftProblems(draft)) issues.push({ line: nodeLine(doc, ['questions', i, problem.field], lineOf) ?? line, ...problem });
    return { draft, line };
  });
  const seen = new Map<string, number>();
  questions.forEach(({ draft, line }) => {
    if (draft.key && seen.has(draft.key)) issues.push({ line, field: 'key', message: `编号 ${draft.key} 与第 ${seen.get(draft.key)} 行的题目重复` });
    else if (draft.key) seen.set(draft.key, line ?? 0);
  });
  return { bank: file.bank, result: { questions, issues } };

  function fail(message: string, line = 1): BankFile {
    return { bank: null, result: { questions: [], issues: [{ line, field: 'formatVersion', message }] } };
  }
}

function nodeLine(doc: Document, path: Array<string | number>, lineOf: (offset: number | undefined) => number): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return lineOf(node.range[0]);
  }
  return undefined;
}

/** Ajv reports every alternative of a oneOf; keep the errors of the branch for the question's own type. */
function schemaIssues(errors: ErrorObject[], doc: Document, lineOf: (offset: number | undefined) => number): ImportIssue[] {
  const issues = new Map<string, ImportIssue>();
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'const' || error.keyword === 'if') continue;
    const path = error.instancePath.split('/').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const missing = error.keyword === 'required' ? String((error.params as { missingProperty: string }).missingProperty) : undefined;
    const extra = error.keyword === 'additionalProperties' ? String((error.params as { additionalProperty: string }).additionalProperty) : undefined;
    const field = missing ?? extra ?? String(path[path.length - 1] ?? 'file');
    const message = missing ? `缺少字段 ${missing}` : extra ? `未知字段 ${extra}` : `${field}：${error.message ?? '不符合格式'}`;
    const line = nodeLine(doc, path, lineOf) ?? 1;
    issues.set(`${line}|${message}`, { line, field, message });
  }
  return [...issues.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

const FIELD_ORDER = ['key', 'type', 'category', 'dimension', 'difficulty', 'points', 'tags', 'stem', 'options', 'left', 'right', 'items', 'answer', 'unit', 'referenceAnswer', 'rubric', 'explanation', 'source'];

export function writeBankYaml(bank: BankHeader, questions: QuestionDraft[]): string {
  const ordered = questions.map((q) => {
    const entries = Object.entries(q).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0 && v !== (q as { answer?: unknown }).answer));
    entries.sort(([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b));
    return Object.fromEntries(entries);
  });
  const doc = new Document({ formatVersion: CURRENT_FORMAT_VERSION, bank: { key: bank.key, name: bank.name, ...(bank.description ? { description: bank.description } : {}) }, questions: ordered });
  return doc.toString({ lineWidth: 0, indentSeq: true });
}
