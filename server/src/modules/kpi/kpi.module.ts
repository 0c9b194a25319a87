import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { KpiBrandListService } from './application/kpi-brand-list.service';
import { KpiImportService } from './application/kpi-import.service';
import { KpiReportService } from './application/kpi-report.service';
import { KpiTargetsService } from './application/kpi-targets.service';
import { UnitRankingCache } from './application/unit-ranking-cache';
import { KpiController } from './http/kpi.controller';
import { KpiBrandListRepository } from './persistence/kpi-brand-list.repository';
import { KpiFiguresRepository } from './persistence/kpi-figures.repository';
import { KpiReportRepository } from './persistence/kpi-report.repository';
import { KpiTargetRepository } from './persistence/kpi-target.repository';
import { KpiUnitRepository } from './persistence/kpi-unit.repository';

/** Field KPIs: imported monthly figures, the plan's formulas and targets, person and unit reports. */
@Module({
  imports: [IdentityModule, AuditModule],
  controllers: [KpiController],
  providers: [
    KpiBrandListService,
    KpiBrandListRepository,
    KpiTargetsService,
    KpiImportService,
    KpiReportService,
    UnitRankingCache,
    KpiTargetRepository,
    KpiFiguresRepository,
    KpiReportRepository,
    KpiUnitRepository,
  ],
  exports: [KpiReportService],
})
export class KpiModule {}
