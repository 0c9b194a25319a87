import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RubricItem } from '../../question-bank/domain/question-draft';
import { execute, queryRows } from '../../../platform/database/query';

export interface QueueItem {
  attemptId: string;
  slot: number;
  sittingId: string;
  sittingTitle: string;
  stem: string;
  referenceAnswer: string;
  rubric: RubricItem[];
  response: string | null;
  points: number;
  marks: number;
  markedByMe: boolean;
}

@Injectable()
export class GradingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Essay answers of submitted attempts in sittings owned inside the scope that still need a mark
   * (or, with second marking, a second one). Candidate names are deliberately not selected.
   */
  queue(scopePath: string | null, markerId: string, includeMarked: boolean): Promise<QueueItem[]> {
    return queryRows<QueueItem>(
      this.dataSource,
      `SELECT s.attempt_id AS "attemptId", s.slot, st.id AS "sittingId", st.title AS "sittingTitle", v.content->>'stem' AS stem,
              v.content->>'referenceAnswer' AS "referenceAnswer", v.content->'rubric' AS rubric, s.answer #>> '{}' AS response,
              s.points::float8 AS points,
              (SELECT count(*)::int FROM essay_mark m WHERE m.attempt_id = s.attempt_id AND m.slot = s.slot) AS marks,
              EXISTS (SELECT 1 FROM essay_mark m WHERE m.attempt_id = s.attempt_id AND m.slot = s.slot AND m.marker_id = $2) AS "markedByMe"
         FROM attempt_slot s
         JOIN attempt a ON a.id = s.attempt_id
         JOIN sitting st ON st.id = a.sitting_id
         JOIN org_unit u ON u.id = st.owner_unit_id
         JOIN question_version v ON v.question_id = s.question_id AND v.version = s.question_version
        WHERE a.status IN ('submitted', 'graded') AND v.content->>'type' = 'essay'
          AND ($1::text IS NULL OR starts_with(u.path, $1::text))
          AND ($3 OR s.graded_by IS NULL)
        ORDER BY a.submitted_at, s.slot
        LIMIT 500`,
      [scopePath, markerId, includeMarked],
    );
  }

  async upsertMark(
    m: { attemptId: string; slot: number; markerId: string; score: number; feedback: string | null },
    manager: EntityManager,
  ): Promise<void> {
    await execute(
      manager,
      `INSERT INTO essay_mark (attempt_id, slot, marker_id, score, feedback) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (attempt_id, slot, marker_id) DO UPDATE SET score = EXCLUDED.score, feedback = EXCLUDED.feedback, created_at = now()`,
      [m.attemptId, m.slot, m.markerId, m.score, m.feedback],
    );
  }

  /** Sets the slot's hand score to the mean of its marks; returns it. */
  async applyMarks(attemptId: string, slot: number, markerId: string, manager: EntityManager): Promise<number> {
    const rows = await queryRows<{ score: number }>(
      manager,
      `UPDATE attempt_slot s SET score = m.mean, graded_by = $3,
              feedback = (SELECT string_agg(feedback, E'\\n') FROM essay_mark WHERE attempt_id = $1 AND slot = $2 AND feedback IS NOT NULL)
         FROM (SELECT round(avg(score), 3) AS mean FROM essay_mark WHERE attempt_id = $1 AND slot = $2) m
        WHERE s.attempt_id = $1 AND s.slot = $2 RETURNING s.score::float8 AS score`,
      [attemptId, slot, markerId],
    );
    return rows[0].score;
  }
}
