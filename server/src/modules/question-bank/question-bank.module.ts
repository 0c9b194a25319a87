import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { BankAccessService } from './application/bank-access.service';
import { BankQualityService } from './application/bank-quality.service';
import { BanksService } from './application/banks.service';
import { QuestionExportService } from './application/question-export.service';
import { QuestionCorrectionsService } from './application/question-corrections.service';
import { QuestionImportService } from './application/question-import.service';
import { QuestionsService } from './application/questions.service';
import { QuestionSearchService } from './application/question-search.service';
import { SourceDocumentsService } from './application/source-documents.service';
import { QuestionBanksController } from './http/question-banks.controller';
import { QuestionsController } from './http/questions.controller';
import { SourceDocumentsController } from './http/source-documents.controller';
import { QuestionBankRepository } from './persistence/question-bank.repository';
import { QuestionCategoryRepository } from './persistence/question-category.repository';
import { QuestionRepository } from './persistence/question.repository';
import { SourceDocumentRepository } from './persistence/source-document.repository';

@Module({
  imports: [IdentityModule, AuditModule],
  controllers: [QuestionBanksController, QuestionsController, SourceDocumentsController],
  providers: [
    BankAccessService,
    BankQualityService,
    BanksService,
    QuestionsService,
    QuestionSearchService,
    QuestionCorrectionsService,
    QuestionImportService,
    QuestionExportService,
    SourceDocumentsService,
    QuestionBankRepository,
    QuestionCategoryRepository,
    QuestionRepository,
    SourceDocumentRepository,
  ],
  exports: [BankAccessService, QuestionCorrectionsService],
})
export class QuestionBankModule {}
