import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../identity/domain/principal';
import { AuditLog } from '../../../platform/audit/audit-log';
import { SpreadsheetError } from '../../../platform/files/xlsx-sheet';
import { withOpaqueChoiceIds } from '../domain/choice-ids';
import { DuplicateNote, DuplicatePolicy, planImport } from '../domain/import-plan';
import { ImportWarning, importWarnings } from '../domain/import-warnings';
import type { ImportIssue, ParseResult, QuestionType } from '../domain/question-draft';
import { formatFromFileName, ImportFormat, MAX_IMPORT_BYTES, parseQuestions } from '../formats/question-formats';
import { QuestionBankRepository } from '../persistence/question-bank.repository';
import { QuestionCategoryRepository } from '../persistence/question-category.repository';
import { QuestionRepository } from '../persistence/question.repository';
import { BankAccessService } from './bank-access.service';
import { QuestionBankErrors } from '../domain/question-bank-errors';
import { QuestionIssues } from '../domain/question-bank-issues';

export interface QuestionImportReport {
  created: number;
  updated: number;
  skipped: number;
  byType: Partial<Record<QuestionType, number>>;
  duplicates: DuplicateNote[];
  errors: ImportIssue[];
  /** What reading the file changed or left out to keep it importable (a repeated name made unique, a Moodle setting ignored). */
  notes: ImportIssue[];
  /** Item-writing checks the file's questions break; they never block the import. */
  warnings: ImportWarning[];
  /** The questions written, so "查看题目" can show just them; empty on a dry run. */
  questionIds: string[];
}

export const MAX_QUESTIONS_PER_IMPORT = 20_000;

@Injectable()
export class QuestionImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: BankAccessService,
    private readonly questions: QuestionRepository,
    private readonly categories: QuestionCategoryRepository,
    private readonly banks: QuestionBankRepository,
    private readonly audit: AuditLog,
  ) {}

  /** All or nothing: any error in the file rejects it whole (422) and writes nothing. */
  async import(
    principal: Principal,
    bankId: string,
    file: { buffer: Buffer; originalname: string },
    options: { format?: ImportFormat; dryRun: boolean; duplicates: DuplicatePolicy },
  ): Promise<QuestionImportReport> {
    await this.access.requireEdit(principal, bankId);
    const format = options.format ?? formatFromFileName(file.originalname);
    if (!format) throw QuestionBankErrors['questionBank.import.unknownFormat']({ fileName: file.originalname });
    if (file.buffer.length > MAX_IMPORT_BYTES[format]) throw QuestionBankErrors['questionBank.import.fileTooLarge']({ format, maxMegabytes: MAX_IMPORT_BYTES[format] / 1024 / 1024 });
    const parsed: ParseResult = await parseQuestions(format, file.buffer).catch((error: unknown) => {
      if (error instanceof SpreadsheetError) return { questions: [], issues: [{ row: 1, field: 'file', ...QuestionIssues['questionBank.sheet.unreadable']({ detail: error.message }) }] };
      throw error;
    });
    if (parsed.questions.length > MAX_QUESTIONS_PER_IMPORT) throw QuestionBankErrors['questionBank.import.tooManyQuestions']({ max: MAX_QUESTIONS_PER_IMPORT });
    const existing = await this.questions.identities(bankId, this.dataSource.manager);
    const plan = planImport(parsed, existing, options.duplicates);
    const report: QuestionImportReport = {
      created: plan.create.length,
      updated: plan.newVersions.length,
      skipped: plan.skipped,
      byType: plan.byType,
      duplicates: plan.duplicates,
      errors: plan.issues,
      notes: parsed.notes ?? [],
      warnings: plan.issues.length ? [] : importWarnings(parsed.questions, await this.questions.activeStems([bankId])),
      questionIds: [],
    };
    if (plan.issues.length) {
      throw QuestionBankErrors['questionBank.import.invalidRows']({ count: plan.issues.length, details: { ...report, created: 0, updated: 0, skipped: 0, byType: {} } });
    }
    if (parsed.questions.length === 0) throw QuestionBankErrors['questionBank.import.empty']({ details: { ...report, errors: [{ line: 1, field: 'file', message: QuestionBankErrors['questionBank.import.empty'].message }] } });
    if (options.dryRun) return report;
    await this.dataSource.transaction(async (manager) => {
      const categoryCache = new Map<string, string>();
      const category = (path: string | undefined) => (path ? this.categories.ensurePath(bankId, path, manager, categoryCache) : Promise.resolve(null));
      // stored under random ids whatever ids or order the file used (see withOpaqueChoiceIds)
      for (const [i, { draft }] of plan.create.entries()) {
        const key = draft.key ?? `imp-${Date.now().toString(36)}-${i}`;
        report.questionIds.push(await this.questions.insert(bankId, key, await category(draft.category), withOpaqueChoiceIds(draft), principal.userId, manager));
      }
      for (const { draft, existingId } of plan.newVersions) {
        await this.questions.addVersion(existingId, await category(draft.category), withOpaqueChoiceIds(draft), principal.userId, `导入：${file.originalname}`, manager);
        await this.questions.replaceTags(existingId, draft.tags ?? [], manager);
        report.questionIds.push(existingId);
      }
      await this.banks.touch(bankId, manager);
      await this.audit.record(
        { actorId: principal.userId, action: 'bank.import', targetType: 'question_bank', targetId: bankId, details: { file: file.originalname, format, created: report.created, updated: report.updated, skipped: report.skipped } },
        manager,
      );
    });
    return report;
  }
}
