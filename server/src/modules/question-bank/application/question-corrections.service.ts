import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { QuestionBankErrors } from '../domain/question-bank-errors';
import type { Principal } from '../../identity/domain/principal';
import type { QuestionDraft } from '../domain/question-draft';
import { draftFromInput, QuestionInput } from '../domain/question-input';
import { QuestionRepository } from '../persistence/question.repository';
import { BankAccessService } from './bank-access.service';
import { draftOf } from './questions.service';

export interface KeyCorrection {
  answer?: unknown;
  explanation?: string;
  referenceAnswer?: string;
  rubric?: Array<{ criterion: string; points: number }>;
}

/** The version a key correction replaced and the one it added. */
export interface CorrectedVersion {
  questionId: string;
  fromVersion: number;
  version: number;
}

/**
 * What other modules may change of a question, each through the question bank's own checks: the
 * exams module corrects a key it found wrong, and marks questions its item analysis found weak.
 * Nothing outside this module reaches the question bank's repositories.
 */
@Injectable()
export class QuestionCorrectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: QuestionRepository,
    private readonly access: BankAccessService,
  ) {}

  /**
   * Appends a version with the corrected key, then runs `alongside` (the caller's own changes: its
   * attempts re-pointed and re-scored) in the same transaction, so both land or neither does.
   */
  async correctKey<T>(principal: Principal, questionId: string, correction: KeyCorrection, note: string, alongside: (corrected: CorrectedVersion, manager: EntityManager) => Promise<T>): Promise<T> {
    const row = await this.questions.findRow(questionId);
    if (!row) throw QuestionBankErrors['questionBank.keyCorrection.questionNotFound']();
    await this.access.requireEdit(principal, row.bankId);
    const before = draftOf(row);
    const merged = { ...before, ...Object.fromEntries(Object.entries(correction).filter(([, v]) => v !== undefined)) } as QuestionInput;
    const corrected = draftFromInput(merged);
    if ('problems' in corrected) throw QuestionBankErrors['questionBank.keyCorrection.invalid']({ problems: corrected.problems.map((p) => `${p.field}: ${p.message}`).join('；'), details: { problems: corrected.problems } });
    const after: QuestionDraft = corrected.draft;
    return this.dataSource.transaction(async (manager) => {
      const categoryId = row.categoryId;
      const version = await this.questions.addVersion(questionId, categoryId, after, principal.userId, `更正答案：${note}`, manager);
      return alongside({ questionId, fromVersion: row.currentVersion, version }, manager);
    });
  }

  /**
   * Marks questions for review with what item analysis found. Only questions of banks the caller
   * can see are marked (a paper may hold questions of a bank no longer shared with them); answers
   * how many were marked.
   */
  async flagFromItemAnalysis(principal: Principal, questionIds: string[], flag: string): Promise<number> {
    if (questionIds.length === 0) return 0;
    const [owners, visible] = await Promise.all([this.questions.banksOf(questionIds), this.access.visibleBanks(principal)]);
    const seen = new Set(visible.map((bank) => bank.id));
    const reachable = owners.filter((q) => seen.has(q.bankId)).map((q) => q.id);
    return reachable.length ? this.questions.setQualityFlag(reachable, flag) : 0;
  }
}
