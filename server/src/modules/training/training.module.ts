import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { ExamsModule } from '../exams/exams.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveModule } from '../live/live.module';
import { AttendanceService } from './application/attendance.service';
import { TrainingAccess } from './application/training-access';
import { TrainingLive } from './application/training-live';
import { TrainingsService } from './application/trainings.service';
import { TrainingController } from './http/training.controller';
import { TrainingRepository } from './persistence/training.repository';

/** The month's trainings: sessions, assignees, rotating check-in codes, attendance and leave. */
@Module({
  imports: [IdentityModule, AuditModule, LiveModule, ExamsModule],
  controllers: [TrainingController],
  providers: [TrainingsService, AttendanceService, TrainingAccess, TrainingLive, TrainingRepository],
})
export class TrainingModule {}
