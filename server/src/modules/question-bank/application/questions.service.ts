import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../identity/domain/principal';
import { AuditLog } from '../../../platform/audit/audit-log';
import { isUniqueViolation } from '../../../platform/database/unique-violation';
import type { QuestionDraft } from '../domain/question-draft';
import { draftFromInput, QuestionInput } from '../domain/question-input';
import { draftProblems } from '../domain/question-draft-check';
import { QuestionBankRepository } from '../persistence/question-bank.repository';
import { QuestionCategoryRepository } from '../persistence/question-category.repository';
import { QuestionListFilter, QuestionRepository, QuestionRow, VersionRow } from '../persistence/question.repository';
import type { QuestionStatus } from '../persistence/question.entity';
import { BankAccessService } from './bank-access.service';
import { QuestionBankErrors } from '../domain/question-bank-errors';

export interface QuestionView extends Omit<QuestionRow, 'content'> {
  /** The full current draft, key, category and tags included. */
  content: QuestionDraft;
}

export type BulkAction = { action: 'move'; categoryId: string | null } | { action: 'tag'; tag: string } | { action: 'retire' } | { action: 'restore' };

/** Key, category path and tags live on the question; the version holds what was asked. */
export function draftOf(row: Pick<QuestionRow, 'key' | 'categoryPath' | 'tags' | 'content'>): QuestionDraft {
  return {
    ...row.content,
    key: row.key,
    ...(row.categoryPath && { category: row.categoryPath }),
    ...(row.tags.length > 0 && { tags: row.tags }),
  };
}

@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: QuestionRepository,
    private readonly categories: QuestionCategoryRepository,
    private readonly banks: QuestionBankRepository,
    private readonly access: BankAccessService,
    private readonly audit: AuditLog,
  ) {}

  async page(principal: Principal, bankId: string, filter: Omit<QuestionListFilter, 'bankId' | 'categoryPath'> & { categoryId?: string }): Promise<{ items: QuestionView[]; total: number }> {
    await this.access.requireView(principal, bankId);
    const categoryPath = filter.categoryId ? await this.categories.findPath(bankId, filter.categoryId) : undefined;
    if (categoryPath === null) throw QuestionBankErrors['questionBank.category.notFound']();
    const { categoryId: _c, ...rest } = filter;
    const result = await this.questions.page({ ...rest, bankId, categoryPath, q: filter.q?.trim() || undefined });
    return { items: result.items.map(toView), total: result.total };
  }

  async get(principal: Principal, questionId: string): Promise<QuestionView> {
    const row = await this.requireQuestion(principal, questionId, 'view');
    return toView(row);
  }

  async versions(principal: Principal, questionId: string): Promise<VersionRow[]> {
    await this.requireQuestion(principal, questionId, 'view');
    return this.questions.versions(questionId);
  }

  async create(principal: Principal, bankId: string, input: QuestionInput): Promise<QuestionView> {
    await this.access.requireEdit(principal, bankId);
    const draft = checked(input);
    const id = await this.dataSource
      .transaction(async (manager) => {
        const categoryId = draft.category ? await this.categories.ensurePath(bankId, draft.category, manager) : null;
        const key = draft.key ?? `q-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
        const questionId = await this.questions.insert(bankId, key, categoryId, draft, principal.userId, manager);
        await this.banks.touch(bankId, manager);
        return questionId;
      })
      .catch(rethrowDuplicateKey(draft.key));
    return this.get(principal, id);
  }

  /** Editing never changes a version in place: it appends one, so papers keep what they used. */
  async update(principal: Principal, questionId: string, input: QuestionInput & { changeNote?: string }): Promise<QuestionView> {
    const row = await this.requireQuestion(principal, questionId, 'edit');
    const draft = checked({ ...input, key: row.key });
    await this.dataSource.transaction(async (manager) => {
      const categoryId = draft.category ? await this.categories.ensurePath(row.bankId, draft.category, manager) : null;
      await this.questions.addVersion(questionId, categoryId, draft, principal.userId, input.changeNote?.trim() || null, manager);
      await this.questions.replaceTags(questionId, draft.tags ?? [], manager);
      if (keyChanged(row.content, draft)) {
        await this.audit.record({ actorId: principal.userId, action: 'question.key_change', targetType: 'question', targetId: questionId, details: { from: row.currentVersion, to: row.currentVersion + 1 } }, manager);
      }
      await this.banks.touch(row.bankId, manager);
    });
    return this.get(principal, questionId);
  }

  /**
   * Restoring an earlier version appends a new one with its content (question-level key, category
   * and tags stay as they are now), so papers that used the versions between keep them. The old
   * content is checked against today's rules; a changed key is audited like any other.
   */
  async revert(principal: Principal, questionId: string, version: number): Promise<QuestionView> {
    const row = await this.requireQuestion(principal, questionId, 'edit');
    const old = (await this.questions.versions(questionId)).find((v) => v.version === version);
    if (!old) throw QuestionBankErrors['questionBank.version.notFound']({ version });
    const draft = draftOf({ ...row, content: old.content });
    const problems = draftProblems(draft);
    if (problems.length) throw QuestionBankErrors['questionBank.version.invalid']({ version, problems: problems.map((p) => `${p.field}: ${p.message}`).join('；') });
    await this.dataSource.transaction(async (manager) => {
      await this.questions.addVersion(questionId, row.categoryId, draft, principal.userId, `恢复第 ${version} 版`, manager);
      if (keyChanged(row.content, draft)) {
        await this.audit.record(
          { actorId: principal.userId, action: 'question.key_change', targetType: 'question', targetId: questionId, details: { from: row.currentVersion, to: row.currentVersion + 1, restoredVersion: version } },
          manager,
        );
      }
      await this.banks.touch(row.bankId, manager);
    });
    return this.get(principal, questionId);
  }

  async setStatus(principal: Principal, questionId: string, status: QuestionStatus): Promise<QuestionView> {
    const row = await this.requireQuestion(principal, questionId, 'edit');
    await this.dataSource.transaction((manager) => this.questions.setStatus([questionId], row.bankId, status, manager));
    return this.get(principal, questionId);
  }

  async markReviewed(principal: Principal, questionId: string): Promise<QuestionView> {
    const row = await this.requireQuestion(principal, questionId, 'edit');
    await this.dataSource.transaction(async (manager) => {
      await this.questions.markReviewed(questionId, manager);
      await this.audit.record({ actorId: principal.userId, action: 'question.reviewed', targetType: 'question', targetId: questionId, details: { reason: row.reviewReason } }, manager);
    });
    return this.get(principal, questionId);
  }

  async bulk(principal: Principal, bankId: string, questionIds: string[], action: BulkAction): Promise<{ changed: number }> {
    await this.access.requireEdit(principal, bankId);
    // a question of another bank is out of reach here, whatever the caller may do there
    const [stranger] = await this.questions.notInBank(questionIds, bankId);
    if (stranger) throw QuestionBankErrors['questionBank.question.notInBank']({ index: questionIds.indexOf(stranger) });
    // checked before the transaction: a query outside it would wait for the transaction's own connection
    if (action.action === 'move' && action.categoryId && !(await this.categories.findPath(bankId, action.categoryId))) throw QuestionBankErrors['questionBank.question.targetCategoryNotFound']();
    const changed = await this.dataSource.transaction(async (manager) => {
      switch (action.action) {
        case 'move':
          return this.questions.moveTo(questionIds, bankId, action.categoryId, manager);
        case 'tag':
          return this.questions.addTag(questionIds, bankId, action.tag.trim(), manager);
        case 'retire':
          return this.questions.setStatus(questionIds, bankId, 'retired', manager);
        case 'restore':
          return this.questions.setStatus(questionIds, bankId, 'active', manager);
      }
    });
    return { changed };
  }

  private async requireQuestion(principal: Principal, questionId: string, need: 'view' | 'edit'): Promise<QuestionRow> {
    const row = await this.questions.findRow(questionId);
    if (!row) throw QuestionBankErrors['questionBank.question.notFound']();
    if (need === 'edit') await this.access.requireEdit(principal, row.bankId);
    else await this.access.requireView(principal, row.bankId);
    return row;
  }
}

function toView(row: QuestionRow): QuestionView {
  return { ...row, content: draftOf(row) };
}

function checked(input: QuestionInput): QuestionDraft {
  const result = draftFromInput(input);
  if ('problems' in result) throw QuestionBankErrors['questionBank.question.invalid']({ problems: result.problems.map((p) => `${p.field}: ${p.message}`).join('；'), details: { problems: result.problems } });
  return result.draft;
}

function keyChanged(before: QuestionRow['content'], after: QuestionDraft): boolean {
  // partial credit is part of the key: it decides what an answer earns
  const answerOf = (d: object) => JSON.stringify([(d as { answer?: unknown }).answer, (d as { credit?: unknown }).credit ?? null]);
  return answerOf(before) !== answerOf(after);
}

function rethrowDuplicateKey(key: string | undefined) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw QuestionBankErrors['questionBank.question.keyTaken']({ key: String(key) });
    throw error;
  };
}
