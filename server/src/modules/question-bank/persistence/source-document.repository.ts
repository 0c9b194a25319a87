import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { execute, queryRows } from '../../../platform/database/query';

export interface SourceDocumentRow {
  title: string;
  questionCount: number;
  needsReviewCount: number;
  supersededAt: Date | null;
  supersededNote: string | null;
}

/** The laws and policies questions cite, as the questions name them, with whether each is superseded. */
@Injectable()
export class SourceDocumentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every document the questions of these banks cite (every bank when null), with their counts. */
  citedIn(bankIds: string[] | null): Promise<SourceDocumentRow[]> {
    return queryRows<SourceDocumentRow>(
      this.dataSource,
      `SELECT q.source_document AS title, count(*)::int AS "questionCount", count(*) FILTER (WHERE q.needs_review)::int AS "needsReviewCount",
              d.superseded_at AS "supersededAt", d.superseded_note AS "supersededNote"
         FROM question q LEFT JOIN source_document d ON d.title = q.source_document
        WHERE q.source_document IS NOT NULL AND ($1::uuid[] IS NULL OR q.bank_id = ANY($1::uuid[]))
        GROUP BY q.source_document, d.superseded_at, d.superseded_note ORDER BY q.source_document`,
      [bankIds],
    );
  }

  /** Records the document as superseded now, with the note (a second time replaces the first). */
  async markSuperseded(title: string, note: string, manager: EntityManager): Promise<void> {
    await execute(
      manager,
      `INSERT INTO source_document (title, superseded_at, superseded_note) VALUES ($1, now(), $2)
       ON CONFLICT (title) DO UPDATE SET superseded_at = now(), superseded_note = EXCLUDED.superseded_note`,
      [title, note],
    );
  }
}
