import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { ExamsModule } from '../exams/exams.module';
import { IdentityModule } from '../identity/identity.module';
import { KpiModule } from '../kpi/kpi.module';
import { AssessmentWeightsService } from './application/assessment-weights.service';
import { MonthlyAssessmentService } from './application/monthly-assessment.service';
import { ScorecardService } from './application/scorecard.service';
import { ReportsController } from './http/reports.controller';
import { AssessmentWeightRepository } from './persistence/assessment-weight.repository';

/** The 考核 layer over the KPIs and the exams: the department's weights, the monthly scorecard and ranking, the monthly report. */
@Module({
  imports: [IdentityModule, AuditModule, KpiModule, ExamsModule],
  controllers: [ReportsController],
  providers: [AssessmentWeightsService, ScorecardService, MonthlyAssessmentService, AssessmentWeightRepository],
})
export class ReportsModule {}
