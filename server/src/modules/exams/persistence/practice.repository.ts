import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QuestionContent } from '../../question-bank/domain/question-draft';
import { materialPurposeSql } from '../../question-bank/persistence/material-purpose-sql';
import { blueprintRuleMatchSql } from './paper.repository';
import { closedForEveryoneSql } from './sitting.repository';
import { execute, queryRows } from '../../../platform/database/query';

export interface WrongBookEntry {
  questionId: string;
  version: number;
  box: number;
  dueAt: Date;
  wrongCount: number;
  lastWrongAt: Date | null;
  mastered: boolean;
  dimension: string | null;
  content: QuestionContent;
}

export interface PracticeQuestionRow {
  version: number;
  content: QuestionContent;
  status: string;
  practiceMaterial: boolean;
  heldBack: boolean;
}

export interface DimensionStanding {
  dimension: string;
  score: number;
  maxScore: number;
  percent: number;
}

/**
 * Whether a candidate of sitting `sittingId` is shown its right answers now: right after
 * submitting, or once the sitting has closed for everyone — the same rule as their result page.
 * Decided at query time, so a window moved later still holds the answers back.
 */
function answersShown(sittingId: string): string {
  return `EXISTS (
  SELECT 1 FROM sitting s WHERE s.id = ${sittingId} AND (
    (s.review_policy->'afterSubmit'->>'rightAnswers')::boolean
    OR ((s.review_policy->'afterClose'->>'rightAnswers')::boolean AND ${closedForEveryoneSql('s.id')})))`;
}

/** A card from an exam is practisable once that sitting shows the person its right answers. */
const PRACTISABLE = `(c.source_sitting_id IS NULL OR ${answersShown('c.source_sitting_id')})`;

/**
 * The sittings that can still put a question in front of someone: not closed for everyone yet (the
 * one rule of the result page: the latest of the sitting's window, every person's or unit's override
 * and its make-ups, plus the grace; upcoming ones included), or with an attempt still in progress.
 */
const LIVE_SITTING_CTE = `live_sitting AS MATERIALIZED (
    SELECT s.id, s.paper_id FROM sitting s
     WHERE NOT ${closedForEveryoneSql('s.id')}
        OR EXISTS (SELECT 1 FROM attempt a WHERE a.sitting_id = s.id AND a.status = 'in_progress')
  )`;

/**
 * The questions practice must neither serve nor answer for person $1 (decisions §11): every question
 * a live sitting can show anyone assigned to it — a fixed paper's questions, the whole pool of a
 * blueprint's rules (draws differ per person, so holding back one's own draw is not enough), and
 * whatever was actually drawn into its attempts (a question moved out of the pool since) — and the
 * questions of their own attempts whose right answers they are not shown yet. The pool ignores a
 * question's status: practice serves only active ones anyway. A CTE, read once per query.
 */
const HELD_BACK_CTE = `${LIVE_SITTING_CTE},
  held_back AS MATERIALIZED (
    SELECT (sl->>'questionId')::uuid AS question_id
      FROM live_sitting s JOIN paper p ON p.id = s.paper_id,
           jsonb_array_elements(p.structure->'sections') sec, jsonb_array_elements(sec->'slots') sl
     WHERE p.kind = 'fixed'
    UNION
    SELECT q.id
      FROM live_sitting s JOIN paper p ON p.id = s.paper_id CROSS JOIN LATERAL jsonb_array_elements(p.structure->'rules') r
      JOIN question q ON q.bank_id = (r->>'bankId')::uuid
      LEFT JOIN question_category c ON c.id = q.category_id
     WHERE p.kind = 'blueprint' AND ${blueprintRuleMatchSql('r', 'q', 'c')}
    UNION
    SELECT sl.question_id FROM live_sitting s JOIN attempt a ON a.sitting_id = s.id JOIN attempt_slot sl ON sl.attempt_id = a.id
    UNION
    SELECT sl.question_id FROM attempt_slot sl JOIN attempt a ON a.id = sl.attempt_id
     WHERE a.user_id = $1 AND (a.status = 'in_progress' OR NOT ${answersShown('a.sitting_id')})
  )`;

/** What practice may offer beyond a person's own exam mistakes: practice material (练习题, not 考试题) of the banks their unit reaches ($2). */
const PRACTICE_MATERIAL = `(q.bank_id = ANY($2::uuid[]) AND ${materialPurposeSql('q')} = 'practice')`;

@Injectable()
export class PracticeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Wrong answers of a graded attempt go into the person's 错题本 (again at box 1 if already there). */
  async recordWrong(userId: string, questionIds: string[], sittingId: string, manager: EntityManager): Promise<void> {
    if (questionIds.length === 0) return;
    await execute(
      manager,
      `INSERT INTO practice_card (user_id, question_id, box, due_at, wrong_count, last_wrong_at, source_sitting_id)
       SELECT $1, unnest($2::uuid[]), 1, now(), 1, now(), $3
       ON CONFLICT (user_id, question_id) DO UPDATE SET box = 1, due_at = now(), wrong_count = practice_card.wrong_count + 1,
         last_wrong_at = now(), mastered = false, source_sitting_id = EXCLUDED.source_sitting_id`,
      [userId, questionIds, sittingId],
    );
  }

  /** The questions the person has answered wrong (a question practised right first time has a card but is no wrong answer). */
  wrongBook(userId: string, onlyDue: boolean): Promise<WrongBookEntry[]> {
    return queryRows<WrongBookEntry>(
      this.dataSource,
      `SELECT c.question_id AS "questionId", q.current_version AS version, c.box, c.due_at AS "dueAt", c.wrong_count AS "wrongCount",
              c.last_wrong_at AS "lastWrongAt", c.mastered, q.dimension, v.content
         FROM practice_card c JOIN question q ON q.id = c.question_id
         JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
        WHERE c.user_id = $1 AND c.wrong_count > 0 AND ${PRACTISABLE} AND ($2 = false OR (c.due_at <= now() AND NOT c.mastered))
        ORDER BY c.mastered, c.due_at
        LIMIT 500`,
      [userId, onlyDue],
    );
  }

  /** `fromExam`: a mistake made in an exam, which the person may retry even if the question is exam-reserved. */
  async card(userId: string, questionId: string): Promise<{ box: number; dueAt: Date; practisable: boolean; fromExam: boolean } | null> {
    const rows = await queryRows<{ box: number; dueAt: Date; practisable: boolean; fromExam: boolean }>(
      this.dataSource,
      `SELECT c.box, c.due_at AS "dueAt", ${PRACTISABLE} AS practisable, c.source_sitting_id IS NOT NULL AS "fromExam"
         FROM practice_card c WHERE c.user_id = $1 AND c.question_id = $2`,
      [userId, questionId],
    );
    return rows[0] ?? null;
  }

  async saveCard(userId: string, questionId: string, card: { box: number; dueAt: Date; mastered: boolean; wrong: boolean }): Promise<void> {
    await execute(
      this.dataSource,
      `INSERT INTO practice_card (user_id, question_id, box, due_at, wrong_count, last_wrong_at, mastered)
       VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN 1 ELSE 0 END, CASE WHEN $5 THEN now() END, $6)
       ON CONFLICT (user_id, question_id) DO UPDATE SET box = EXCLUDED.box, due_at = EXCLUDED.due_at, mastered = EXCLUDED.mastered,
         wrong_count = practice_card.wrong_count + CASE WHEN $5 THEN 1 ELSE 0 END,
         last_wrong_at = CASE WHEN $5 THEN now() ELSE practice_card.last_wrong_at END`,
      [userId, questionId, card.box, card.dueAt, card.wrong, card.mastered],
    );
  }

  /** A person's standing per competency dimension over their graded attempts. */
  dimensionStandings(userId: string): Promise<DimensionStanding[]> {
    return queryRows<DimensionStanding>(
      this.dataSource,
      `SELECT v.content->>'dimension' AS dimension, sum(s.score)::float8 AS score, sum(s.points)::float8 AS "maxScore",
              round(100 * sum(s.score) / nullif(sum(s.points), 0), 1)::float8 AS percent
         FROM attempt_slot s JOIN attempt a ON a.id = s.attempt_id
         JOIN question_version v ON v.question_id = s.question_id AND v.version = s.question_version
        WHERE a.user_id = $1 AND a.status = 'graded' AND v.content ? 'dimension'
        GROUP BY 1 ORDER BY percent NULLS LAST`,
      [userId],
    );
  }

  /**
   * Due 错题本 cards to retry: mistakes from an exam once its answers are shown to them, or practice
   * material — never an essay, never a question held back by an exam.
   */
  duePractice(
    userId: string,
    bankIds: string[],
    limit: number,
  ): Promise<Array<{ questionId: string; dimension: string | null; content: QuestionContent }>> {
    return queryRows(
      this.dataSource,
      `WITH ${HELD_BACK_CTE}
       SELECT c.question_id AS "questionId", q.dimension, v.content
         FROM practice_card c JOIN question q ON q.id = c.question_id
         JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
        WHERE c.user_id = $1 AND c.due_at <= now() AND NOT c.mastered AND q.status = 'active' AND q.type <> 'essay'
          AND ${PRACTISABLE} AND (c.source_sitting_id IS NOT NULL OR ${PRACTICE_MATERIAL})
          AND NOT EXISTS (SELECT 1 FROM held_back h WHERE h.question_id = q.id)
        ORDER BY c.due_at
        LIMIT $3`,
      [userId, bankIds, limit],
    );
  }

  /** Active, reviewed practice material of a dimension the person has not mastered, at random, none held back by an exam. */
  randomOfDimension(
    userId: string,
    bankIds: string[],
    dimension: string,
    limit: number,
  ): Promise<Array<{ questionId: string; version: number; content: QuestionContent }>> {
    return queryRows(
      this.dataSource,
      `WITH ${HELD_BACK_CTE}
       SELECT q.id AS "questionId", q.current_version AS version, v.content
         FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
        WHERE q.dimension = $3 AND q.status = 'active' AND NOT q.needs_review AND q.type <> 'essay' AND ${PRACTICE_MATERIAL}
          AND NOT EXISTS (SELECT 1 FROM practice_card c WHERE c.user_id = $1 AND c.question_id = q.id AND c.mastered)
          AND NOT EXISTS (SELECT 1 FROM held_back h WHERE h.question_id = q.id)
        ORDER BY random() LIMIT $4`,
      [userId, bankIds, dimension, limit],
    );
  }

  /**
   * A question as practice would answer it: whether it is practice material the person may reach, and
   * whether an exam still holds it back.
   */
  async question(userId: string, bankIds: string[], questionId: string): Promise<PracticeQuestionRow | null> {
    const rows = await queryRows<PracticeQuestionRow>(
      this.dataSource,
      `WITH ${HELD_BACK_CTE}
       SELECT q.current_version AS version, v.content, q.status, ${PRACTICE_MATERIAL} AS "practiceMaterial",
              EXISTS (SELECT 1 FROM held_back h WHERE h.question_id = q.id) AS "heldBack"
         FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version WHERE q.id = $3`,
      [userId, bankIds, questionId],
    );
    return rows[0] ?? null;
  }

  /** The person's own wrong exam answers to a question (stored option ids), newest first. */
  myWrongAnswers(userId: string, questionId: string): Promise<Array<{ answer: unknown; answeredAt: Date }>> {
    return queryRows(
      this.dataSource,
      `SELECT s.answer, a.submitted_at AS "answeredAt"
         FROM attempt_slot s JOIN attempt a ON a.id = s.attempt_id
        WHERE a.user_id = $1 AND s.question_id = $2 AND a.status = 'graded' AND s.answer IS NOT NULL AND coalesce(s.score, 0) < s.points
        ORDER BY a.submitted_at DESC
        LIMIT 5`,
      [userId, questionId],
    );
  }
}
