import { Injectable } from '@nestjs/common';
import { ScopeService } from '../../identity/application/scope.service';
import { hasAnyRole, type Principal } from '../../identity/domain/principal';
import { isWithin } from '../../identity/domain/unit-path';
import { TrainingErrors } from '../domain/training-errors';
import { SessionRow, TrainingRepository } from '../persistence/training.repository';

/**
 * Who may do what with a session: trainers and admins whose scope holds its owner unit manage it;
 * a trainer or manager reads every session attended by people of their subtree, and sees those
 * people only; staff read the sessions they are asked to attend. Anything else is "not found".
 */
export interface SessionAccess {
  session: SessionRow;
  canManage: boolean;
  /** Whose attendance the caller sees: a subtree, everyone (null), or only themselves. */
  peoplePath: string | null;
  ownOnly: boolean;
}

@Injectable()
export class TrainingAccess {
  constructor(
    private readonly sessions: TrainingRepository,
    private readonly scope: ScopeService,
  ) {}

  async read(principal: Principal, sessionId: string): Promise<SessionAccess> {
    const session = await this.sessions.findById(sessionId);
    if (!session) throw TrainingErrors['training.session.notFound']();
    if (hasAnyRole(principal, 'trainer', 'manager', 'admin')) {
      const scopePath = await this.scope.scopePathOf(principal);
      const canManage = hasAnyRole(principal, 'trainer', 'admin') && (scopePath === null || isWithin(session.ownerUnitPath, scopePath));
      const owned = scopePath === null || isWithin(session.ownerUnitPath, scopePath);
      if (owned || (await this.sessions.isAssignedWithin(session.id, scopePath))) {
        return { session, canManage, peoplePath: scopePath, ownOnly: false };
      }
    }
    if (await this.sessions.isAssigned(session.id, principal.userId)) return { session, canManage: false, peoplePath: null, ownOnly: true };
    throw TrainingErrors['training.session.notFound']();
  }

  async manage(principal: Principal, sessionId: string): Promise<SessionRow> {
    const access = await this.read(principal, sessionId);
    if (!access.canManage) throw TrainingErrors['training.session.notFound']();
    return access.session;
  }

  /** Reads that show other people (attendance, the live board): trainers, managers and admins. */
  async readPeople(principal: Principal, sessionId: string): Promise<SessionAccess> {
    const access = await this.read(principal, sessionId);
    if (access.ownOnly) throw TrainingErrors['training.session.notFound']();
    return access;
  }
}
