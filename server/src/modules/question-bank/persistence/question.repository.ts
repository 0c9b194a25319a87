import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QuestionContent, QuestionDraft, QuestionType } from '../domain/question-draft';
import { questionFingerprint, questionSearchText } from '../domain/question-index';
import { containsPattern, searchTerms } from '../domain/search-terms';
import type { QuestionStatus } from './question.entity';
import { execute, queryRows } from '../../../platform/database/query';

export interface QuestionListFilter {
  bankId: string;
  type?: QuestionType;
  /** The category and everything below it. */
  categoryPath?: string;
  dimension?: string;
  difficulty?: number;
  tag?: string;
  status?: QuestionStatus;
  needsReview?: boolean;
  /** Words that must all appear in the question's search text. */
  q?: string;
  /** Only these questions (those an import just wrote). */
  ids?: string[];
  page: number;
  pageSize: number;
}

export interface QuestionRow {
  id: string;
  bankId: string;
  key: string;
  type: QuestionType;
  status: QuestionStatus;
  needsReview: boolean;
  reviewReason: string | null;
  qualityFlag: string | null;
  categoryId: string | null;
  categoryPath: string | null;
  dimension: string | null;
  difficulty: number | null;
  tags: string[];
  currentVersion: number;
  updatedAt: Date;
  /** What was asked, without the question-level key, category and tags. */
  content: VersionContent;
}

export type VersionContent = QuestionContent;

/** Key, category and tags belong to the question, not to what a candidate was shown. */
export function versionContent(draft: QuestionDraft): VersionContent {
  const { key: _key, category: _category, tags: _tags, ...content } = draft;
  return content;
}

export interface VersionRow {
  version: number;
  content: VersionContent;
  createdAt: Date;
  createdBy: string | null;
  createdByName: string | null;
  changeNote: string | null;
}

const QUESTION_SELECT = `
  SELECT q.id, q.bank_id AS "bankId", q.key, q.type, q.status, q.needs_review AS "needsReview", q.review_reason AS "reviewReason", q.quality_flag AS "qualityFlag",
         q.category_id AS "categoryId", c.path AS "categoryPath", q.dimension, q.difficulty, q.tags,
         q.current_version AS "currentVersion", q.updated_at AS "updatedAt", v.content
    FROM question q
    JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
    LEFT JOIN question_category c ON c.id = q.category_id`;

@Injectable()
export class QuestionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(filter: QuestionListFilter): Promise<{ items: QuestionRow[]; total: number }> {
    const where = ['q.bank_id = $1'];
    const params: unknown[] = [filter.bankId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.type) add('q.type = ?', filter.type);
    if (filter.categoryPath) {
      params.push(filter.categoryPath);
      where.push(`(c.path = $${params.length} OR starts_with(c.path, $${params.length} || '/'))`);
    }
    if (filter.dimension) add('q.dimension = ?', filter.dimension);
    if (filter.difficulty) add('q.difficulty = ?', filter.difficulty);
    if (filter.tag) add('? = ANY(q.tags)', filter.tag);
    if (filter.status) add('q.status = ?', filter.status);
    if (filter.needsReview !== undefined) add('q.needs_review = ?', filter.needsReview);
    if (filter.ids) add('q.id = ANY(?::uuid[])', filter.ids);
    // every word must match (许可证 延续); the GIN trigram index on search_text serves each ILIKE
    if (filter.q) for (const term of searchTerms(filter.q)) add('q.search_text ILIKE ?', containsPattern(term));
    const whereSql = where.join(' AND ');
    const [items, [count]] = await Promise.all([
      queryRows<QuestionRow>(this.dataSource, `${QUESTION_SELECT} WHERE ${whereSql} ORDER BY q.created_at, q.key LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
        ...params,
        filter.pageSize,
        (filter.page - 1) * filter.pageSize,
      ]),
      queryRows<{ total: number }>(this.dataSource, `SELECT count(*)::int AS total FROM question q LEFT JOIN question_category c ON c.id = q.category_id WHERE ${whereSql}`, params),
    ]);
    return { items, total: count.total };
  }

  /**
   * Questions of the given banks (null: every bank) whose search text holds every term, a page at a
   * time, by bank and then as each bank lists them.
   */
  async search(bankIds: string[] | null, terms: string[], page: number, pageSize: number): Promise<{ items: Array<QuestionRow & { bankName: string }>; total: number }> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (bankIds) {
      params.push(bankIds);
      where.push(`q.bank_id = ANY($${params.length}::uuid[])`);
    }
    for (const term of terms) {
      params.push(containsPattern(term));
      where.push(`q.search_text ILIKE $${params.length}`);
    }
    const whereSql = where.length ? where.join(' AND ') : 'TRUE';
    const [items, [count]] = await Promise.all([
      queryRows<QuestionRow & { bankName: string }>(
        this.dataSource,
        `${QUESTION_SELECT.replace('FROM question q', ', b.name AS "bankName" FROM question q JOIN question_bank b ON b.id = q.bank_id')}
          WHERE ${whereSql} ORDER BY b.name, q.bank_id, q.created_at, q.key LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, pageSize, (page - 1) * pageSize],
      ),
      queryRows<{ total: number }>(this.dataSource, `SELECT count(*)::int AS total FROM question q WHERE ${whereSql}`, params),
    ]);
    return { items, total: count.total };
  }

  async findRow(id: string, manager: EntityManager = this.dataSource.manager): Promise<QuestionRow | null> {
    const rows = await queryRows<QuestionRow>(manager, `${QUESTION_SELECT} WHERE q.id = $1`, [id]);
    return rows[0] ?? null;
  }

  allCurrent(bankId: string, manager: EntityManager = this.dataSource.manager): Promise<QuestionRow[]> {
    return queryRows<QuestionRow>(manager, `${QUESTION_SELECT} WHERE q.bank_id = $1 ORDER BY q.created_at, q.key`, [bankId]);
  }

  /** Key and stem of the active questions of the given banks, for the near-duplicate check. */
  activeStems(bankIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Array<{ id: string; bankId: string; key: string; stem: string }>> {
    if (!bankIds.length) return Promise.resolve([]);
    return queryRows(
      manager,
      `SELECT q.id, q.bank_id AS "bankId", q.key, v.content->>'stem' AS stem
         FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
        WHERE q.bank_id = ANY($1) AND q.status = 'active' ORDER BY q.bank_id, q.key`,
      [bankIds],
    );
  }

  versions(questionId: string): Promise<VersionRow[]> {
    return queryRows<VersionRow>(
      this.dataSource,
      `SELECT v.version, v.content, v.created_at AS "createdAt", v.created_by AS "createdBy", a.display_name AS "createdByName", v.change_note AS "changeNote"
         FROM question_version v LEFT JOIN app_user a ON a.id = v.created_by
        WHERE v.question_id = $1 ORDER BY v.version DESC`,
      [questionId],
    );
  }

  /** Existing questions of a bank by key and by fingerprint, for duplicate detection on import. */
  async identities(bankId: string, manager: EntityManager): Promise<Array<{ id: string; key: string; fingerprint: string }>> {
    return queryRows(manager, 'SELECT id, key, fingerprint FROM question WHERE bank_id = $1', [bankId]);
  }

  async insert(bankId: string, key: string, categoryId: string | null, draft: QuestionDraft, userId: string | null, manager: EntityManager): Promise<string> {
    const [{ id }] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO question (bank_id, key, category_id, type, dimension, difficulty, tags, source_document, search_text, fingerprint, current_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1) RETURNING id`,
      [bankId, key, categoryId, draft.type, draft.dimension ?? null, draft.difficulty ?? null, draft.tags ?? [], draft.source?.document ?? null, questionSearchText(draft), questionFingerprint(draft)],
    );
    await execute(manager, 'INSERT INTO question_version (question_id, version, content, created_by, change_note) VALUES ($1, 1, $2, $3, NULL)', [id, JSON.stringify(versionContent(draft)), userId]);
    return id;
  }

  /** Appends a version and points the question at it; earlier versions stay as they were. */
  async addVersion(id: string, categoryId: string | null, draft: QuestionDraft, userId: string | null, note: string | null, manager: EntityManager): Promise<number> {
    const rows = await queryRows<{ current_version: number }>(
      manager,
      `UPDATE question SET current_version = current_version + 1, category_id = $2, type = $3, dimension = $4, difficulty = $5, tags = $6,
              source_document = $7, search_text = $8, fingerprint = $9, updated_at = now()
        WHERE id = $1 RETURNING current_version`,
      [id, categoryId, draft.type, draft.dimension ?? null, draft.difficulty ?? null, draft.tags ?? [], draft.source?.document ?? null, questionSearchText(draft), questionFingerprint(draft)],
    );
    const version = rows[0].current_version;
    await execute(manager, 'INSERT INTO question_version (question_id, version, content, created_by, change_note) VALUES ($1, $2, $3, $4, $5)', [
      id,
      version,
      JSON.stringify(versionContent(draft)),
      userId,
      note,
    ]);
    return version;
  }

  /** Those of the ids that are not questions of this bank. */
  async notInBank(ids: string[], bankId: string): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(this.dataSource, 'SELECT id FROM unnest($1::uuid[]) AS i(id) WHERE NOT EXISTS (SELECT 1 FROM question q WHERE q.id = i.id AND q.bank_id = $2)', [ids, bankId]);
    return rows.map((r) => r.id);
  }

  async moveTo(ids: string[], bankId: string, categoryId: string | null, manager: EntityManager): Promise<number> {
    const count = await execute(manager, 'UPDATE question SET category_id = $3, updated_at = now() WHERE id = ANY($1::uuid[]) AND bank_id = $2', [ids, bankId, categoryId]);
    return count;
  }

  async addTag(ids: string[], bankId: string, tag: string, manager: EntityManager): Promise<number> {
    const count = await execute(
      manager,
      `UPDATE question SET tags = array_append(tags, $3), search_text = search_text || E'\n' || $3, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND bank_id = $2 AND NOT ($3 = ANY(tags))`,
      [ids, bankId, tag],
    );
    return count;
  }

  async setStatus(ids: string[], bankId: string, status: QuestionStatus, manager: EntityManager): Promise<number> {
    const count = await execute(manager, 'UPDATE question SET status = $3, updated_at = now() WHERE id = ANY($1::uuid[]) AND bank_id = $2', [ids, bankId, status]);
    return count;
  }

  async replaceTags(id: string, tags: string[], manager: EntityManager): Promise<void> {
    await execute(manager, 'UPDATE question SET tags = $2 WHERE id = $1', [id, tags]);
  }

  async markReviewed(id: string, manager: EntityManager): Promise<void> {
    await execute(manager, 'UPDATE question SET needs_review = false, review_reason = NULL, updated_at = now() WHERE id = $1', [id]);
  }

  /** Marks the questions for review with item analysis's finding (the bank's quality page shows it). */
  async setQualityFlag(ids: string[], flag: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return execute(manager, `UPDATE question SET quality_flag = $2 WHERE id = ANY($1::uuid[])`, [ids, flag]);
  }

  /** The bank of each of the questions that exist. */
  async banksOf(ids: string[]): Promise<Array<{ id: string; bankId: string }>> {
    return queryRows<{ id: string; bankId: string }>(this.dataSource, 'SELECT id, bank_id AS "bankId" FROM question WHERE id = ANY($1::uuid[])', [ids]);
  }

  /** Flags every question citing the document in the given banks (every bank when null); returns how many. */
  async flagCiting(document: string, reason: string, bankIds: string[] | null, manager: EntityManager): Promise<number> {
    const count = await execute(
      manager,
      'UPDATE question SET needs_review = true, review_reason = $2, updated_at = now() WHERE source_document = $1 AND ($3::uuid[] IS NULL OR bank_id = ANY($3::uuid[]))',
      [document, reason, bankIds],
    );
    return count;
  }
}
