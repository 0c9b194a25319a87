import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '../../../platform/database/query';

export interface CandidateRow {
  userId: string;
  username: string;
  displayName: string;
  unitName: string;
  unitPath: string;
}

export interface AttemptResultRow {
  id: string;
  userId: string;
  attemptNo: number;
  status: 'in_progress' | 'submitted' | 'graded';
  startedAt: Date;
  submittedAt: Date | null;
  submittedBy: string | null;
  score: number | null;
  maxScore: number;
  switchCount: number;
}

export interface ItemScoreRow {
  attemptId: string;
  questionId: string;
  questionKey: string;
  stem: string;
  bankId: string;
  type: string;
  points: number;
  score: number | null;
  answer: unknown;
  optionCount: number | null;
}

@Injectable()
export class ResultsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Everyone a sitting is assigned to, resolved from its unit, role and person assignees; only those inside `peoplePath` when given. */
  candidates(sittingId: string, peoplePath: string | null): Promise<CandidateRow[]> {
    return queryRows<CandidateRow>(
      this.dataSource,
      `SELECT DISTINCT u.id AS "userId", u.username, u.display_name AS "displayName", ou.name AS "unitName", ou.path AS "unitPath"
         FROM sitting s
         JOIN org_unit owner ON owner.id = s.owner_unit_id
         JOIN sitting_assignee a ON a.sitting_id = s.id
         LEFT JOIN org_unit au ON au.id = a.unit_id
         JOIN app_user u ON NOT u.disabled
         JOIN org_unit ou ON ou.id = u.unit_id
        WHERE s.id = $1
          AND (a.user_id = u.id
               OR (a.unit_id IS NOT NULL AND a.role IS NULL AND starts_with(ou.path, au.path))
               OR (a.role IS NOT NULL AND a.role = ANY(u.roles) AND starts_with(ou.path, coalesce(au.path, owner.path))))
          AND ($2::text IS NULL OR starts_with(ou.path, $2::text))
        ORDER BY ou.path, u.username`,
      [sittingId, peoplePath],
    );
  }

  attempts(sittingId: string): Promise<AttemptResultRow[]> {
    return queryRows<AttemptResultRow>(
      this.dataSource,
      `SELECT id, user_id AS "userId", attempt_no AS "attemptNo", status, started_at AS "startedAt", submitted_at AS "submittedAt",
              submitted_by AS "submittedBy", score::float8 AS score, max_score::float8 AS "maxScore", switch_count AS "switchCount"
         FROM attempt WHERE sitting_id = $1 ORDER BY user_id, attempt_no`,
      [sittingId],
    );
  }

  /** Per finished attempt and question, the marks earned: the raw material of item analysis (of the people inside `peoplePath` when given). */
  itemScores(sittingId: string, peoplePath: string | null): Promise<ItemScoreRow[]> {
    return queryRows<ItemScoreRow>(
      this.dataSource,
      `SELECT s.attempt_id AS "attemptId", s.question_id AS "questionId", q.key AS "questionKey", v.content->>'stem' AS stem, q.bank_id AS "bankId", v.content->>'type' AS type,
              s.points::float8 AS points, s.score::float8 AS score, s.answer,
              CASE WHEN jsonb_typeof(v.content->'options') = 'array' THEN jsonb_array_length(v.content->'options') END AS "optionCount"
         FROM attempt_slot s
         JOIN attempt a ON a.id = s.attempt_id
         JOIN question q ON q.id = s.question_id
         JOIN question_version v ON v.question_id = s.question_id AND v.version = s.question_version
        WHERE a.sitting_id = $1 AND a.status = 'graded'
          AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM app_user pu JOIN org_unit pou ON pou.id = pu.unit_id WHERE pu.id = a.user_id AND starts_with(pou.path, $2::text)))
        ORDER BY s.attempt_id, s.slot`,
      [sittingId, peoplePath],
    );
  }

  async unitPathOfUser(userId: string): Promise<string> {
    const rows = await queryRows<{ path: string }>(
      this.dataSource,
      'SELECT u.path FROM app_user a JOIN org_unit u ON u.id = a.unit_id WHERE a.id = $1',
      [userId],
    );
    return rows[0]?.path ?? '';
  }
}
