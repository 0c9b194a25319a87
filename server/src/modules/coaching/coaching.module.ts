import { Module } from '@nestjs/common';
import { CompetencyModule } from '../competency/competency.module';
import { IdentityModule } from '../identity/identity.module';
import { CoachingService } from './application/coaching.service';
import { KpiStandingReader } from './application/kpi-standing-reader';
import { CoachingController } from './http/coaching.controller';
import { CoachingActionRepository } from './persistence/coaching-action.repository';

/** Coaching (帮扶): a unit's matrix of weak subjects and KPIs of concern, and the actions assigned from it. */
@Module({
  imports: [IdentityModule, CompetencyModule],
  controllers: [CoachingController],
  providers: [CoachingService, CoachingActionRepository, KpiStandingReader],
})
export class CoachingModule {}
