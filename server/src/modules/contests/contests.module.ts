import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { ContestAccess } from './application/contest-access';
import { ContestsService } from './application/contests.service';
import { SpeechService } from './application/speech.service';
import { ContestsController } from './http/contests.controller';
import { ContestEventLog } from './persistence/contest-event-log';
import { ContestRepository } from './persistence/contest.repository';

/** Knowledge and speech contests: a contest is an append-only event log its state is derived from. */
@Module({
  imports: [IdentityModule, AuditModule],
  controllers: [ContestsController],
  providers: [ContestsService, SpeechService, ContestAccess, ContestRepository, ContestEventLog],
})
export class ContestsModule {}
