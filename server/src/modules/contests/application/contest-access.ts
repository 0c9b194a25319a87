import { Injectable } from '@nestjs/common';
import { ScopeService } from '../../identity/application/scope.service';
import { isWithin } from '../../identity/domain/unit-path';
import { hasAnyRole, type Principal } from '../../identity/domain/principal';
import { ContestsErrors } from '../domain/contests-errors';
import { ContestRepository, type ContestRow } from '../persistence/contest.repository';

/**
 * Who reaches a contest: trainers, managers and administrators whose scope holds its owner unit
 * (trainers and administrators host it, managers read it); a judge reaches their own panel's
 * contest to score. Anyone else finds nothing (404).
 */
@Injectable()
export class ContestAccess {
  constructor(
    private readonly contests: ContestRepository,
    private readonly scope: ScopeService,
  ) {}

  async inScope(principal: Principal, contest: ContestRow): Promise<boolean> {
    if (!hasAnyRole(principal, 'trainer', 'manager', 'admin')) return false;
    const scopePath = await this.scope.scopePathOf(principal);
    return scopePath === null || isWithin(contest.ownerUnitPath, scopePath);
  }

  /** A contest the caller may read as host or reader (the route's roles are checked before). */
  async requireContest(principal: Principal, contestId: string): Promise<ContestRow> {
    const contest = await this.contests.findById(contestId);
    if (!contest || !(await this.inScope(principal, contest))) throw ContestsErrors['contests.contest.notFound']();
    return contest;
  }

  async requireSpeech(principal: Principal, contestId: string): Promise<ContestRow> {
    const contest = await this.requireContest(principal, contestId);
    if (contest.kind !== 'speech') throw ContestsErrors['contests.contest.notSpeech']();
    return contest;
  }

  /**
   * A speech contest the caller judges. Someone who sees the contest but is not on its panel is told
   * so (404 for the judge); someone who does not see it at all, that it does not exist.
   */
  async requireJudging(principal: Principal, contestId: string): Promise<ContestRow> {
    const contest = await this.contests.findById(contestId);
    const judge = contest ? await this.contests.isJudge(contest.id, principal.userId) : false;
    if (!contest || (!judge && !(await this.inScope(principal, contest)))) throw ContestsErrors['contests.contest.notFound']();
    if (contest.kind !== 'speech') throw ContestsErrors['contests.contest.notSpeech']();
    if (!judge) throw ContestsErrors['contests.judge.notOnPanel']();
    return contest;
  }

  /** A judge writes only as themselves: writing as someone else is refused (403) to whoever sees the contest. */
  async requireScoringAs(principal: Principal, contestId: string, judgeId: string): Promise<ContestRow> {
    if (judgeId === principal.userId) return this.requireJudging(principal, contestId);
    const contest = await this.contests.findById(contestId);
    const seen = contest && ((await this.contests.isJudge(contest.id, principal.userId)) || (await this.inScope(principal, contest)));
    if (!seen) throw ContestsErrors['contests.contest.notFound']();
    throw ContestsErrors['contests.judge.notYourself']();
  }
}
