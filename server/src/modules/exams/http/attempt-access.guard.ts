import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { AuthenticatedRequest } from '../../identity/http/access.decorators';
import { SittingsService } from '../application/sittings.service';
import { AttemptOwnerCache } from '../persistence/attempt-owner-cache';
import { AttemptRepository } from '../persistence/attempt.repository';
import { ExamsErrors } from '../domain/exams-errors';

/**
 * Existence and ownership come first on every route of an attempt: guards run before the body is
 * validated, so another person's attempt, or one that does not exist, answers 404 whatever the
 * body — never a 400 that describes its questions. A malformed id is left to the path's own 400.
 */
function attemptIdOf(context: ExecutionContext): { request: AuthenticatedRequest; attemptId: string | null } {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  const attemptId = request.params.attemptId;
  return { request, attemptId: typeof attemptId === 'string' && isUUID(attemptId) ? attemptId : null };
}

/** The candidate's routes: the attempt must be the caller's own. */
@Injectable()
export class OwnAttemptGuard implements CanActivate {
  constructor(private readonly owners: AttemptOwnerCache) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { request, attemptId } = attemptIdOf(context);
    if (attemptId && (await this.owners.ownerOf(attemptId)) !== request.principal?.userId) throw ExamsErrors['exams.attempt.notFound']();
    return true;
  }
}

/** A marker's routes: the attempt's sitting must be within the caller's reach. */
@Injectable()
export class AttemptInReachGuard implements CanActivate {
  constructor(
    private readonly attempts: AttemptRepository,
    private readonly sittings: SittingsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { request, attemptId } = attemptIdOf(context);
    if (!attemptId || !request.principal) return true;
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt) throw ExamsErrors['exams.attempt.notFound']();
    await this.sittings.requireSitting(request.principal, attempt.sittingId);
    return true;
  }
}
