import { Injectable } from '@nestjs/common';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { personalWindow, PersonalWindow } from '../domain/attempt-window';
import { AttemptRepository, AttemptRow } from '../persistence/attempt.repository';
import { SittingRepository, SittingRow } from '../persistence/sitting.repository';
import { ExamsErrors } from '../domain/exams-errors';

/** What a candidate may reach: the sittings assigned to them, their own attempts, and their own window. */
@Injectable()
export class CandidateAccess {
  constructor(
    private readonly sittings: SittingRepository,
    private readonly attempts: AttemptRepository,
    private readonly scope: ScopeService,
  ) {}

  async requireAssigned(principal: Principal, sittingId: string): Promise<{ sitting: SittingRow; window: PersonalWindow }> {
    const unitPath = await this.scope.unitPathOf(principal);
    const sitting = await this.sittings.findAssigned(sittingId, { userId: principal.userId, unitPath, roles: principal.roles });
    if (!sitting) throw ExamsErrors['exams.sitting.notAssigned']();
    return { sitting, window: await this.windowOf(sitting, principal, unitPath) };
  }

  /** Someone else's attempt is reported as absent. */
  async requireOwnAttempt(principal: Principal, attemptId: string): Promise<AttemptRow> {
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt || attempt.userId !== principal.userId) throw ExamsErrors['exams.attempt.notFound']();
    return attempt;
  }

  async windowOf(sitting: SittingRow, principal: Principal, unitPath?: string): Promise<PersonalWindow> {
    const overrides = await this.sittings.overrides(sitting.id);
    const chain = (unitPath ?? (await this.scope.unitPathOf(principal))).split('/').filter(Boolean).reverse();
    return personalWindow(sitting, overrides, principal.userId, chain);
  }
}
