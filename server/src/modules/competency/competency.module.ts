import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { CompetencyRecordService } from './application/competency-record.service';
import { CompetencyTargetsService } from './application/competency-targets.service';
import { CompetencyController } from './http/competency.controller';

/** The competency record: evidence from graded exams (read from the outbox), levels, gaps, targets. */
@Module({
  imports: [IdentityModule, AuditModule],
  controllers: [CompetencyController],
  providers: [CompetencyRecordService, CompetencyTargetsService],
})
export class CompetencyModule {}
