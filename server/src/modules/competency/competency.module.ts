import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { CompetencyEvidenceService } from './application/competency-evidence.service';
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
  // recordEvidence: the evidence contract trainings and contests write through; the record, read by coaching (decisions §23)
  exports: [CompetencyEvidenceService, CompetencyRecordService],
  providers: [
    CompetencyEvidenceService,
    CompetencyRecordService,
    CompetencyTargetsService,
    CompetencyProjector,
    CompetencyRepository,
    CompetencyTargetRepository,
  ],
})
export class CompetencyModule {}
