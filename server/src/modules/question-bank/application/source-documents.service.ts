import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../identity/domain/principal';
import { AuditLog } from '../../../platform/audit/audit-log';
import { DomainError } from '../../../platform/http/domain-error';
import { QuestionRepository } from '../persistence/question.repository';
import { BankAccessService } from './bank-access.service';
import { execute, queryRows } from '../../../platform/database/query';

export interface SourceDocumentView {
  title: string;
  questionCount: number;
  needsReviewCount: number;
  supersededAt: Date | null;
  supersededNote: string | null;
}

/**
 * The laws and policies that questions cite. When one is superseded, every question citing it is
 * flagged and kept out of new papers until a trainer reviews it. A trainer sees and flags only the
 * questions of banks they may edit; whether a law is superseded is a fact shared by everyone.
 */
@Injectable()
export class SourceDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: QuestionRepository,
    private readonly access: BankAccessService,
    private readonly audit: AuditLog,
  ) {}

  async list(principal: Principal): Promise<SourceDocumentView[]> {
    return queryRows<SourceDocumentView>(
      this.dataSource,
      `SELECT q.source_document AS title, count(*)::int AS "questionCount", count(*) FILTER (WHERE q.needs_review)::int AS "needsReviewCount",
              d.superseded_at AS "supersededAt", d.superseded_note AS "supersededNote"
         FROM question q LEFT JOIN source_document d ON d.title = q.source_document
        WHERE q.source_document IS NOT NULL AND ($1::uuid[] IS NULL OR q.bank_id = ANY($1::uuid[]))
        GROUP BY q.source_document, d.superseded_at, d.superseded_note ORDER BY q.source_document`,
      [await this.access.editableBankIds(principal)],
    );
  }

  async supersede(principal: Principal, title: string, note: string): Promise<{ flagged: number }> {
    if (!principal.roles.some((r) => r === 'trainer' || r === 'admin')) throw new DomainError('forbidden', '只有培训员可以标记依据文件已废止');
    const bankIds = await this.access.editableBankIds(principal);
    const flagged = await this.dataSource.transaction(async (manager) => {
      await execute(
        manager,
        `INSERT INTO source_document (title, superseded_at, superseded_note) VALUES ($1, now(), $2)
         ON CONFLICT (title) DO UPDATE SET superseded_at = now(), superseded_note = EXCLUDED.superseded_note`,
        [title, note],
      );
      const count = await this.questions.flagCiting(title, `依据文件「${title}」已废止或修订：${note}`, bankIds, manager);
      await this.audit.record({ actorId: principal.userId, action: 'source.supersede', targetType: 'source_document', targetId: title.slice(0, 64), details: { note, flagged: count } }, manager);
      return count;
    });
    return { flagged };
  }
}
