import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MultipleChoiceRule } from '../domain/grading/grade-result';
import { materialPurposeSql } from '../../question-bank/persistence/material-purpose-sql';
import type { BlueprintRule, PaperStructure } from '../domain/paper-structure';
import { queryRows } from '../../../platform/database/query';

export interface PaperRow {
  id: string;
  title: string;
  description: string;
  kind: 'fixed' | 'blueprint';
  structure: PaperStructure;
  multipleRule: MultipleChoiceRule;
  partialCredit: boolean;
  ownerUnitId: string;
  ownerUnitPath: string;
  updatedAt: Date;
}

export interface DrawableQuestion {
  id: string;
  version: number;
}

/**
 * SQL: whether question `q` (in category `c`, left-joined) matches the blueprint rule held as jsonb
 * in `rule` — the same match as `drawable`, status aside.
 */
export function blueprintRuleMatchSql(rule: string, q: string, c: string): string {
  return `${q}.bank_id = (${rule}->>'bankId')::uuid
    AND (${rule}->>'type' IS NULL OR ${q}.type = ${rule}->>'type') AND (${rule}->>'dimension' IS NULL OR ${q}.dimension = ${rule}->>'dimension')
    AND (${rule}->>'difficulty' IS NULL OR ${q}.difficulty = (${rule}->>'difficulty')::int)
    AND (${rule}->>'categoryPath' IS NULL OR ${c}.path = ${rule}->>'categoryPath' OR starts_with(${c}.path, (${rule}->>'categoryPath') || '/'))`;
}

const PAPER_SELECT = `SELECT p.id, p.title, p.description, p.kind, p.structure, p.multiple_rule AS "multipleRule", p.partial_credit AS "partialCredit",
  p.owner_unit_id AS "ownerUnitId", u.path AS "ownerUnitPath", p.updated_at AS "updatedAt" FROM paper p JOIN org_unit u ON u.id = p.owner_unit_id`;

@Injectable()
export class PaperRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<PaperRow | null> {
    const rows = await queryRows<PaperRow>(this.dataSource, `${PAPER_SELECT} WHERE p.id = $1`, [id]);
    return rows[0] ?? null;
  }

  listInScope(scopePath: string | null): Promise<PaperRow[]> {
    return queryRows<PaperRow>(
      this.dataSource,
      `${PAPER_SELECT} WHERE $1::text IS NULL OR starts_with(u.path, $1::text) ORDER BY p.updated_at DESC`,
      [scopePath],
    );
  }

  async insert(
    p: {
      title: string;
      description: string;
      structure: PaperStructure;
      multipleRule: MultipleChoiceRule;
      partialCredit: boolean;
      ownerUnitId: string;
      createdBy: string;
    },
    manager: EntityManager,
  ): Promise<string> {
    const [{ id }] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO paper (title, description, kind, structure, multiple_rule, partial_credit, owner_unit_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [p.title, p.description, p.structure.kind, JSON.stringify(p.structure), p.multipleRule, p.partialCredit, p.ownerUnitId, p.createdBy],
    );
    return id;
  }

  /** Active, reviewed questions matching a blueprint rule, with their current versions. */
  drawable(rule: BlueprintRule, manager: EntityManager = this.dataSource.manager): Promise<DrawableQuestion[]> {
    return queryRows<DrawableQuestion>(
      manager,
      `SELECT q.id, q.current_version AS version FROM question q LEFT JOIN question_category c ON c.id = q.category_id
        WHERE q.bank_id = $1 AND q.status = 'active' AND NOT q.needs_review
          AND ($2::text IS NULL OR q.type = $2) AND ($3::text IS NULL OR q.dimension = $3) AND ($4::int IS NULL OR q.difficulty = $4)
          AND ($5::text IS NULL OR c.path = $5 OR starts_with(c.path, $5 || '/'))`,
      [rule.bankId, rule.type ?? null, rule.dimension ?? null, rule.difficulty ?? null, rule.categoryPath ?? null],
    );
  }

  /** The current versions of the given questions, with their banks, for pinning into a fixed paper. */
  currentVersions(
    questionIds: string[],
  ): Promise<Array<{ id: string; version: number; bankId: string; status: string; needsReview: boolean }>> {
    return queryRows(
      this.dataSource,
      'SELECT id, current_version AS version, bank_id AS "bankId", status, needs_review AS "needsReview" FROM question WHERE id = ANY($1::uuid[])',
      [questionIds],
    );
  }

  /** Of the given questions, those marked practice material (练习题). */
  async practiceMaterialAmong(questionIds: string[]): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `SELECT q.id FROM question q WHERE q.id = ANY($1::uuid[]) AND ${materialPurposeSql('q')} = 'practice'`,
      [questionIds],
    );
    return rows.map((r) => r.id);
  }

  /** Per rule, in order: how many questions it can draw, and how many of them are practice material. */
  practiceMaterialInRules(rules: BlueprintRule[]): Promise<Array<{ drawable: number; practice: number }>> {
    return queryRows(
      this.dataSource,
      `SELECT count(q.id)::int AS drawable, (count(q.id) FILTER (WHERE ${materialPurposeSql('q')} = 'practice'))::int AS practice
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS r(rule, n)
         LEFT JOIN (question q LEFT JOIN question_category c ON c.id = q.category_id)
           ON ${blueprintRuleMatchSql('r.rule', 'q', 'c')} AND q.status = 'active' AND NOT q.needs_review
        GROUP BY r.n ORDER BY r.n`,
      [JSON.stringify(rules)],
    );
  }
}
