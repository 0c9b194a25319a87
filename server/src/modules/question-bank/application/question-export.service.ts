import { Injectable } from '@nestjs/common';
import type { Principal } from '../../identity/domain/principal';
import { ExportFormat, EXPORT_CONTENT_TYPES, writeQuestions } from '../formats/question-formats';
import { QuestionRepository } from '../persistence/question.repository';
import { BankAccessService } from './bank-access.service';
import { draftOf } from './questions.service';

@Injectable()
export class QuestionExportService {
  constructor(
    private readonly access: BankAccessService,
    private readonly questions: QuestionRepository,
  ) {}

  async export(principal: Principal, bankId: string, format: ExportFormat): Promise<{ file: Buffer; fileName: string; contentType: string }> {
    const bank = await this.access.requireView(principal, bankId);
    const drafts = (await this.questions.allCurrent(bankId)).map(draftOf);
    const file = await writeQuestions(format, { key: bank.key ?? `bank-${bank.id.slice(0, 8)}`, name: bank.name, ...(bank.description && { description: bank.description }) }, drafts);
    const { type, extension } = EXPORT_CONTENT_TYPES[format];
    return { file, fileName: `${bank.name}.${extension}`, contentType: type };
  }
}
