import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveModule } from '../live/live.module';
import { QuestionBankModule } from '../question-bank/question-bank.module';
import { AnswerSavingService } from './application/answer-saving.service';
import { AttemptEventsService } from './application/attempt-events.service';
import { AttemptGrading } from './application/attempt-grading.service';
import { AttemptResultService } from './application/attempt-result.service';
import { AttemptScoring } from './application/attempt-scoring.service';
import { AttemptStartService } from './application/attempt-start.service';
import { AttemptSubmission } from './application/attempt-submission.service';
import { CandidateAccess } from './application/candidate-access';
import { DeadlineSweeper } from './application/deadline-sweeper';
import { ExamLiveUpdates } from './application/exam-live-updates';
import { EssayGradingService } from './application/essay-grading.service';
import { ItemAnalysisService } from './application/item-analysis.service';
import { KeyCorrectionService } from './application/key-correction.service';
import { MakeupService } from './application/makeup.service';
import { MyExamsService } from './application/my-exams.service';
import { PapersService } from './application/papers.service';
import { PracticePresentation } from './application/practice-presentation';
import { PracticeService } from './application/practice.service';
import { SittingResultsService } from './application/sitting-results.service';
import { ScoringHealth } from './application/scoring-health';
import { SittingEnd } from './application/sitting-end.service';
import { SittingsService } from './application/sittings.service';
import { SlotDefinitions } from './application/slot-definitions';
import { ExamAdminController } from './http/exam-admin.controller';
import { ExamTakingController } from './http/exam-taking.controller';
import { PapersController } from './http/papers.controller';
import { PracticeController } from './http/practice.controller';
import { SittingsController } from './http/sittings.controller';
import { DatabaseClock } from '../../platform/database/database-clock';
import { AttemptOwnerCache } from './persistence/attempt-owner-cache';
import { AttemptRepository } from './persistence/attempt.repository';
import { GradingRepository } from './persistence/grading.repository';
import { PaperRepository } from './persistence/paper.repository';
import { PracticeRepository } from './persistence/practice.repository';
import { ResultsRepository } from './persistence/results.repository';
import { MonthlySittingsRepository } from './persistence/monthly-sittings.repository';
import { MonthlyExamResultsService } from './application/monthly-exam-results.service';
import { SittingRepository } from './persistence/sitting.repository';
import { VersionContentCache } from './persistence/version-content-cache';

@Module({
  imports: [IdentityModule, QuestionBankModule, AuditModule, LiveModule],
  controllers: [ExamTakingController, PapersController, SittingsController, ExamAdminController, PracticeController],
  providers: [
    MyExamsService,
    AttemptStartService,
    AnswerSavingService,
    AttemptResultService,
    AttemptEventsService,
    CandidateAccess,
    PapersService,
    SittingsService,
    SittingEnd,
    AttemptSubmission,
    AttemptGrading,
    AttemptScoring,
    ScoringHealth,
    DeadlineSweeper,
    ExamLiveUpdates,
    SlotDefinitions,
    EssayGradingService,
    KeyCorrectionService,
    SittingResultsService,
    ItemAnalysisService,
    PracticeService,
    PracticePresentation,
    MakeupService,
    MonthlyExamResultsService,
    MonthlySittingsRepository,
    AttemptRepository,
    PaperRepository,
    SittingRepository,
    GradingRepository,
    ResultsRepository,
    PracticeRepository,
    VersionContentCache,
    AttemptOwnerCache,
    DatabaseClock,
  ],
  exports: [DeadlineSweeper, SittingsService, MonthlyExamResultsService],
})
export class ExamsModule {}
