import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { CompetencyProjector } from './application/competency-projector';
import { CompetencyRecordService } from './application/competency-record.service';
import { CompetencyTargetsService } from './application/competency-targets.service';
import { CompetencyController } from './http/competency.controller';
import { CompetencyTargetRepository } from './persistence/competency-target.repository';
import { CompetencyRepository } from './persistence/competency.repository';

/** The competency record: evidence from graded exams (read from the outbox), levels, gaps, targets. */
@Module({
  imports: [IdentityModule, AuditModule],
  controllers: [CompetencyController],
  providers: [CompetencyRecordService, CompetencyTargetsService, CompetencyProjector, CompetencyRepository, CompetencyTargetRepository],
})
export class CompetencyModule {}
