import { Injectable } from '@nestjs/common';
import type { Principal } from '../../identity/domain/principal';
import { SittingResultsService } from './sitting-results.service';
import { SittingsService, SittingView } from './sittings.service';
import { ExamsErrors } from '../domain/exams-errors';

@Injectable()
export class MakeupService {
  constructor(
    private readonly sittings: SittingsService,
    private readonly results: SittingResultsService,
  ) {}

  /**
   * A make-up sitting (补考) of the same paper for everyone who failed or missed this one, with a new
   * window; those who passed are not assigned.
   */
  async create(
    principal: Principal,
    sittingId: string,
    input: { title?: string; opensAt: Date; closesAt: Date; durationMinutes?: number },
  ): Promise<SittingView> {
    const original = await this.sittings.requireSitting(principal, sittingId);
    const rows = await this.results.table(principal, sittingId);
    const who = rows.filter((r) => r.status === 'missed' || r.status === 'open' || r.passed === false).map((r) => ({ userId: r.userId }));
    if (who.length === 0) throw ExamsErrors['exams.makeup.nobody']();
    return this.sittings.create(principal, {
      paperId: original.paperId,
      title: input.title?.trim() || `${original.title}（补考）`,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      durationMinutes: input.durationMinutes ?? original.durationMinutes,
      attemptsAllowed: 1,
      gradingMethod: original.gradingMethod,
      passPercent: original.passPercent,
      shuffleQuestions: original.shuffleQuestions,
      reviewPolicy: original.reviewPolicy,
      switchLimit: original.switchLimit,
      makeupOf: original.id,
      assignees: who,
    });
  }
}
