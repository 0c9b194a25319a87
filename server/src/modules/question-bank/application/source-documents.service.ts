import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../identity/domain/principal';
import { AuditLog } from '../../../platform/audit/audit-log';
import { QuestionRepository } from '../persistence/question.repository';
import { SourceDocumentRepository, type SourceDocumentRow } from '../persistence/source-document.repository';
import { BankAccessService } from './bank-access.service';
import { QuestionBankErrors } from '../domain/question-bank-errors';

export type SourceDocumentView = SourceDocumentRow;

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
    private readonly documents: SourceDocumentRepository,
    private readonly access: BankAccessService,
    private readonly audit: AuditLog,
  ) {}

  async list(principal: Principal): Promise<SourceDocumentView[]> {
    return this.documents.citedIn(await this.access.editableBankIds(principal));
  }

  async supersede(principal: Principal, title: string, note: string): Promise<{ flagged: number }> {
    if (!principal.roles.some((r) => r === 'trainer' || r === 'admin')) throw QuestionBankErrors['questionBank.source.supersedeForbidden']();
    const bankIds = await this.access.editableBankIds(principal);
    const flagged = await this.dataSource.transaction(async (manager) => {
      await this.documents.markSuperseded(title, note, manager);
      const count = await this.questions.flagCiting(title, `依据文件「${title}」已废止或修订：${note}`, bankIds, manager);
      await this.audit.record({ actorId: principal.userId, action: 'source.supersede', targetType: 'source_document', targetId: title.slice(0, 64), details: { note, flagged: count } }, manager);
      return count;
    });
    return { flagged };
  }
}
