import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { QuestionBankModule } from '../question-bank/question-bank.module';
import { AttemptSubmission } from './application/attempt-submission.service';
import { DeadlineSweeper } from './application/deadline-sweeper';
import { ExamTakingService } from './application/exam-taking.service';
import { PapersService } from './application/papers.service';
import { SittingsService } from './application/sittings.service';
import { SlotDefinitions } from './application/slot-definitions';
import { ExamTakingController } from './http/exam-taking.controller';
import { PapersController } from './http/papers.controller';
import { SittingsController } from './http/sittings.controller';
import { AttemptRepository } from './persistence/attempt.repository';
import { PaperRepository } from './persistence/paper.repository';
import { SittingRepository } from './persistence/sitting.repository';

@Module({
  imports: [IdentityModule, QuestionBankModule],
  controllers: [ExamTakingController, PapersController, SittingsController],
  providers: [ExamTakingService, PapersService, SittingsService, AttemptSubmission, DeadlineSweeper, SlotDefinitions, AttemptRepository, PaperRepository, SittingRepository],
  exports: [DeadlineSweeper],
})
export class ExamsModule {}
