import { Injectable } from '@nestjs/common';
import { DatabaseClock } from '../../../platform/database/database-clock';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { ExamStatus, examStatus } from '../domain/exam-status';
import { maxScoreOf, questionCountOf } from '../domain/paper-structure';
import { AttemptRepository } from '../persistence/attempt.repository';
import { SittingRepository } from '../persistence/sitting.repository';
import { CandidateAccess } from './candidate-access';

export interface MyExam {
  sittingId: string;
  title: string;
  status: ExamStatus;
  opensAt: Date;
  closesAt: Date;
  durationMinutes: number;
  attemptsUsed: number;
  attemptsAllowed: number;
  inProgressAttemptId: string | null;
  /** When the attempt in progress closes, so the card can count down */
  inProgressDeadline: Date | null;
  lastAttemptId: string | null;
  questionCount: number;
  maxScore: number;
  /** The server's clock when it answered, to keep a countdown right */
  serverNow: Date;
}

/** The candidate's list of exams assigned to them, each with its status. */
@Injectable()
export class MyExamsService {
  constructor(
    private readonly sittings: SittingRepository,
    private readonly attempts: AttemptRepository,
    private readonly access: CandidateAccess,
    private readonly scope: ScopeService,
    private readonly clock: DatabaseClock,
  ) {}

  async list(principal: Principal): Promise<MyExam[]> {
    const unitPath = await this.scope.unitPathOf(principal);
    const sittings = await this.sittings.assignedTo({ userId: principal.userId, unitPath, roles: principal.roles });
    const attempts = await this.attempts.forUserAndSittings(
      principal.userId,
      sittings.map((s) => s.id),
    );
    const now = await this.clock.now();
    return Promise.all(
      sittings.map(async (s) => {
        const mine = attempts.filter((a) => a.sittingId === s.id);
        const inProgress = mine.find((a) => a.status === 'in_progress');
        const window = await this.access.windowOf(s, principal, unitPath);
        return {
          sittingId: s.id,
          title: s.title,
          status: examStatus(window, mine, s.attemptsAllowed, now),
          opensAt: window.opensAt,
          closesAt: window.closesAt,
          durationMinutes: window.durationMinutes,
          attemptsUsed: mine.length,
          attemptsAllowed: s.attemptsAllowed,
          inProgressAttemptId: inProgress?.id ?? null,
          inProgressDeadline: inProgress?.deadline ?? null,
          lastAttemptId: mine[mine.length - 1]?.id ?? null,
          questionCount: questionCountOf(s.structure),
          maxScore: maxScoreOf(s.structure),
          serverNow: now,
        };
      }),
    );
  }
}
