import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { ContestsErrors } from '../domain/contests-errors';
import { panelConsistency, type PanelConsistency } from '../domain/speech/consistency';
import { type SpeakerResult } from '../domain/speech/final-score';
import { overrunPenalty, type OverrunRule } from '../domain/speech/overrun';
import { scoreProblem, sheetTotal, type RubricItem } from '../domain/speech/rubric';
import { lockedResults } from '../domain/speech/speech-results';
import { correctionKey, speechState, type Sheet, type SpeechEvent, type SpeechState } from '../domain/speech/speech-state';
import { ContestEventLog } from '../persistence/contest-event-log';
import { ContestRepository, type ContestRow, type JudgeRow, type SpeakerRow } from '../persistence/contest.repository';
import { ContestAccess } from './contest-access';

const overrunOf = (c: ContestRow): OverrunRule => ({
  limitSeconds: c.timeLimitSeconds,
  graceSeconds: c.overrunGraceSeconds,
  stepSeconds: c.overrunStepSeconds,
  pointsPerStep: c.overrunPointsPerStep,
  maxPenalty: c.overrunMaxPenalty,
});

const round2 = (x: number) => Math.round(x * 100) / 100;
const chinaTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'medium' });

export interface JudgeScoreView {
  judgeId: string;
  name: string;
  total: number;
  counted: number;
  dropped: boolean;
}

export interface SpeakerResultView {
  rank: number;
  score: number;
  aggregated: number;
  penalty: number;
  judges: JudgeScoreView[];
}

export interface HostSpeakerView {
  id: string;
  userId: string;
  name: string;
  position: number;
  locked: boolean;
  seconds: number | null;
  penalty: number;
  submittedJudgeIds: string[];
  result: SpeakerResultView | null;
}

export interface CorrectionView {
  speakerId: string;
  judgeId: string;
  total: number;
  items: Record<string, number>;
  reason: string;
  requestedBy: string | null;
}

export interface SpeechHostView {
  rubric: RubricItem[];
  judges: Array<{ userId: string; name: string }>;
  speakers: HostSpeakerView[];
  pendingCorrections: CorrectionView[];
}

export interface JudgingView {
  contestId: string;
  title: string;
  rubric: RubricItem[];
  speakers: Array<{ id: string; name: string; position: number; locked: boolean; mine: Sheet | null }>;
}

/** A speech contest: speakers, a panel of judges, sheets blind until the host locks a speaker, two-person corrections. */
@Injectable()
export class SpeechService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contests: ContestRepository,
    private readonly log: ContestEventLog,
    private readonly access: ContestAccess,
    private readonly scope: ScopeService,
    private readonly audit: AuditLog,
  ) {}

  private async state(contestId: string, db?: EntityManager): Promise<SpeechState> {
    return speechState(await this.log.events(contestId, db));
  }

  private async requireSpeaker(contest: ContestRow, speakerId: string, db?: EntityManager): Promise<SpeakerRow> {
    const speaker = (await this.contests.speakers(contest.id, db)).find((s) => s.id === speakerId);
    if (!speaker) throw ContestsErrors['contests.speaker.notFound']();
    return speaker;
  }

  async addSpeakers(principal: Principal, contestId: string, userIds: string[]): Promise<SpeechHostView> {
    const contest = await this.access.requireSpeech(principal, contestId);
    for (const [i, userId] of userIds.entries()) await this.scope.requirePersonInScope(principal, userId, `userIds[${i}]`);
    await this.dataSource.transaction(async (manager) => {
      await this.log.lockContest(manager, contest.id);
      const [speakers, judges] = await Promise.all([
        this.contests.speakers(contest.id, manager),
        this.contests.judges(contest.id, manager),
      ]);
      for (const [index, userId] of userIds.entries()) {
        if (speakers.some((s) => s.userId === userId) || userIds.indexOf(userId) !== index)
          throw ContestsErrors['contests.speaker.taken']({ index });
        if (judges.some((j) => j.userId === userId)) throw ContestsErrors['contests.judge.isSpeaker']({ index });
      }
      await this.contests.addSpeakers(contest.id, userIds, manager);
    });
    return this.hostView(principal, contestId);
  }

  /** Adds judges to the panel (people of the host's scope who are not speakers); one already on it stays where they are. */
  async addJudges(principal: Principal, contestId: string, userIds: string[]): Promise<SpeechHostView> {
    const contest = await this.access.requireSpeech(principal, contestId);
    for (const [i, userId] of userIds.entries()) await this.scope.requirePersonInScope(principal, userId, `userIds[${i}]`);
    await this.dataSource.transaction(async (manager) => {
      await this.log.lockContest(manager, contest.id);
      const [speakers, judges] = await Promise.all([
        this.contests.speakers(contest.id, manager),
        this.contests.judges(contest.id, manager),
      ]);
      for (const [index, userId] of userIds.entries())
        if (speakers.some((s) => s.userId === userId)) throw ContestsErrors['contests.judge.isSpeaker']({ index });
      const panel = [
        ...judges.map((j) => j.userId),
        ...userIds.filter((id, i) => userIds.indexOf(id) === i && !judges.some((j) => j.userId === id)),
      ];
      await this.contests.replaceJudges(contest.id, panel, manager);
    });
    return this.hostView(principal, contestId);
  }

  /** A judge's own sheet for a speaker; refused once the speaker is locked. A resent request (same key) is written once. */
  async score(
    principal: Principal,
    contestId: string,
    speakerId: string,
    judgeId: string,
    items: Record<string, number>,
    idempotencyKey: string | undefined,
  ): Promise<Sheet> {
    const contest = await this.access.requireScoringAs(principal, contestId, judgeId);
    await this.requireSpeaker(contest, speakerId);
    const sheet = this.checkedSheet(contest, items);
    return this.dataSource.transaction(async (manager) => {
      // the client's key, hashed with whose sheet it is: a key reused for another sheet is another event, and any key fits the column
      const key = idempotencyKey
        ? `score:${createHash('sha256').update(`${speakerId}:${judgeId}:${idempotencyKey}`).digest('hex')}`
        : randomUUID();
      await this.log.lockContest(manager, contest.id);
      const earlier = idempotencyKey ? await this.log.byKey(manager, contest.id, key) : undefined;
      if (earlier) return sheetOf(earlier.payload);
      if ((await this.state(contest.id, manager)).locked.has(speakerId)) throw ContestsErrors['contests.speech.locked']();
      const event: SpeechEvent = { type: 'speech.scored', payload: { speakerId, judgeId, ...sheet } };
      return sheetOf((await this.log.append(manager, contest.id, { ...event, actorId: principal.userId }, key)).payload);
    });
  }

  private checkedSheet(contest: ContestRow, items: Record<string, number>): Sheet {
    const rubric = contest.rubric ?? [];
    const problem = scoreProblem(rubric, items);
    if (problem?.problem === 'unknownItem') throw ContestsErrors['contests.score.unknownItem']({ item: problem.item });
    if (problem?.problem === 'missingItem') throw ContestsErrors['contests.score.missingItem']({ item: problem.item });
    if (problem?.problem === 'outOfRange') throw ContestsErrors['contests.score.outOfRange']({ item: problem.item, max: problem.max });
    const ordered = Object.fromEntries(rubric.map((r) => [r.key, items[r.key]]));
    return { items: ordered, total: sheetTotal(rubric, ordered) };
  }

  /** The speech timer's reading for a speaker, which the overrun penalty is computed from. */
  async time(principal: Principal, contestId: string, speakerId: string, seconds: number): Promise<SpeechHostView> {
    const contest = await this.access.requireSpeech(principal, contestId);
    await this.requireSpeaker(contest, speakerId);
    await this.dataSource.transaction(async (manager) => {
      await this.log.lockContest(manager, contest.id);
      if ((await this.state(contest.id, manager)).locked.has(speakerId)) throw ContestsErrors['contests.speech.locked']();
      const event: SpeechEvent = { type: 'speech.timed', payload: { speakerId, seconds } };
      await this.log.append(manager, contest.id, { ...event, actorId: principal.userId }, randomUUID());
    });
    return this.hostView(principal, contestId);
  }

  /** Reveals a speaker's score: from now on their judges' sheets change only by a two-person correction. */
  async lock(principal: Principal, contestId: string, speakerId: string): Promise<SpeechHostView> {
    const contest = await this.access.requireSpeech(principal, contestId);
    await this.requireSpeaker(contest, speakerId);
    await this.dataSource.transaction(async (manager) => {
      await this.log.lockContest(manager, contest.id);
      const state = await this.state(contest.id, manager);
      if (state.locked.has(speakerId)) return;
      if (!state.sheets.get(speakerId)?.size) throw ContestsErrors['contests.speech.noScores']();
      const event: SpeechEvent = { type: 'speech.locked', payload: { speakerId } };
      await this.log.append(manager, contest.id, { ...event, actorId: principal.userId }, `lock:${speakerId}`);
      if (contest.status === 'draft') await this.contests.setStatus(contest.id, 'running', manager);
    });
    return this.hostView(principal, contestId);
  }

  /** One trainer asks to change a locked sheet, saying why; another must approve it. */
  async requestCorrection(
    principal: Principal,
    contestId: string,
    speakerId: string,
    judgeId: string,
    items: Record<string, number>,
    reason: string,
  ): Promise<SpeechHostView> {
    const contest = await this.access.requireSpeech(principal, contestId);
    await this.requireSpeaker(contest, speakerId);
    if (!(await this.contests.isJudge(contest.id, judgeId))) throw ContestsErrors['contests.judge.notOnPanel']();
    const sheet = this.checkedSheet(contest, items);
    await this.dataSource.transaction(async (manager) => {
      await this.log.lockContest(manager, contest.id);
      const state = await this.state(contest.id, manager);
      if (!state.locked.has(speakerId)) throw ContestsErrors['contests.speech.notLocked']();
      const before = state.sheets.get(speakerId)?.get(judgeId);
      if (!before) throw ContestsErrors['contests.correction.noScore']();
      const event: SpeechEvent = { type: 'speech.correctionRequested', payload: { speakerId, judgeId, reason: reason.trim(), ...sheet } };
      const appended = await this.log.append(manager, contest.id, { ...event, actorId: principal.userId }, randomUUID());
      await this.audit.record(
        {
          actorId: principal.userId,
          action: 'contests.correction_request',
          targetType: 'contest',
          targetId: contest.id,
          details: { seq: appended.seq, speakerId, judgeId, before: before.total, after: sheet.total, reason: reason.trim() },
        },
        manager,
      );
    });
    return this.hostView(principal, contestId);
  }

  /** A second trainer approves (or rejects) the pending correction; the one who asked cannot. */
  async decideCorrection(
    principal: Principal,
    contestId: string,
    speakerId: string,
    judgeId: string,
    approve: boolean,
  ): Promise<SpeechHostView> {
    const contest = await this.access.requireSpeech(principal, contestId);
    await this.requireSpeaker(contest, speakerId);
    if (!(await this.contests.isJudge(contest.id, judgeId))) throw ContestsErrors['contests.judge.notOnPanel']();
    await this.dataSource.transaction(async (manager) => {
      await this.log.lockContest(manager, contest.id);
      const state = await this.state(contest.id, manager);
      const pending = state.pending.get(correctionKey(speakerId, judgeId));
      if (!pending) throw ContestsErrors['contests.correction.nonePending']();
      if (pending.requestedBy === principal.userId) throw ContestsErrors['contests.correction.samePerson']();
      const event: SpeechEvent = {
        type: approve ? 'speech.correctionApproved' : 'speech.correctionRejected',
        payload: { speakerId, judgeId },
      };
      const appended = await this.log.append(manager, contest.id, { ...event, actorId: principal.userId }, `decide:${pending.seq}`);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: approve ? 'contests.correction_approve' : 'contests.correction_reject',
          targetType: 'contest',
          targetId: contest.id,
          details: {
            seq: appended.seq,
            requestSeq: pending.seq,
            requestedBy: pending.requestedBy,
            speakerId,
            judgeId,
            before: state.sheets.get(speakerId)?.get(judgeId)?.total ?? null,
            after: pending.total,
          },
        },
        manager,
      );
    });
    return this.hostView(principal, contestId);
  }

  /** What the host sees: who has submitted, and the values only of locked speakers. */
  async hostView(principal: Principal, contestId: string): Promise<SpeechHostView> {
    const contest = await this.access.requireSpeech(principal, contestId);
    const [speakers, judges, state] = await Promise.all([
      this.contests.speakers(contest.id),
      this.contests.judges(contest.id),
      this.state(contest.id),
    ]);
    const results = new Map(
      lockedResults(
        state,
        speakers.map((s) => s.id),
        contest.finalMethod,
        overrunOf(contest),
      ).map((r) => [r.speakerId, r]),
    );
    return {
      rubric: contest.rubric ?? [],
      judges: judges.map((j) => ({ userId: j.userId, name: j.name })),
      speakers: speakers.map((s) => {
        const result = results.get(s.id);
        return {
          id: s.id,
          userId: s.userId,
          name: s.name,
          position: s.position,
          locked: state.locked.has(s.id),
          seconds: state.seconds.get(s.id) ?? null,
          penalty: overrunPenalty(overrunOf(contest), state.seconds.get(s.id) ?? null),
          submittedJudgeIds: [...(state.sheets.get(s.id)?.keys() ?? [])],
          result: result ? resultView(result, judges) : null,
        };
      }),
      pendingCorrections: [...state.pending.values()].map((p) => ({
        speakerId: p.speakerId,
        judgeId: p.judgeId,
        total: p.total,
        items: p.items,
        reason: p.reason,
        requestedBy: p.requestedBy,
      })),
    };
  }

  /** What a judge's phone shows: the sheet, the speakers and the judge's own scores, never another judge's. */
  async judging(principal: Principal, contestId: string): Promise<JudgingView> {
    const contest = await this.access.requireJudging(principal, contestId);
    const [speakers, state] = await Promise.all([this.contests.speakers(contest.id), this.state(contest.id)]);
    return {
      contestId: contest.id,
      title: contest.title,
      rubric: contest.rubric ?? [],
      speakers: speakers.map((s) => ({
        id: s.id,
        name: s.name,
        position: s.position,
        locked: state.locked.has(s.id),
        mine: state.sheets.get(s.id)?.get(principal.userId) ?? null,
      })),
    };
  }

  /** The contests the caller judges, for their phone's list. */
  async myPanels(principal: Principal): Promise<Array<{ id: string; title: string; status: string }>> {
    return (await this.contests.judgedBy(principal.userId))
      .filter((c) => c.kind === 'speech')
      .map((c) => ({ id: c.id, title: c.title, status: c.status }));
  }

  /** Judge consistency over the locked speakers. */
  async consistency(principal: Principal, contestId: string): Promise<PanelConsistency & { names: Record<string, string> }> {
    const contest = await this.access.requireSpeech(principal, contestId);
    const [speakers, judges, state] = await Promise.all([
      this.contests.speakers(contest.id),
      this.contests.judges(contest.id),
      this.state(contest.id),
    ]);
    const cells = speakers
      .filter((s) => state.locked.has(s.id))
      .flatMap((s) =>
        [...(state.sheets.get(s.id)?.entries() ?? [])].map(([judgeId, sheet]) => ({ speakerId: s.id, judgeId, total: sheet.total })),
      );
    const names: Record<string, string> = Object.fromEntries([
      ...judges.map((j): [string, string] => [j.userId, j.name]),
      ...speakers.map((s): [string, string] => [s.id, s.name]),
    ]);
    return {
      ...panelConsistency(
        judges.map((j) => j.userId).filter((id) => cells.some((c) => c.judgeId === id)),
        cells,
      ),
      names,
    };
  }

  async standingsOf(
    contest: ContestRow,
  ): Promise<Array<{ participantId: string; name: string; score: number; rank: number; result: SpeakerResult }>> {
    const [speakers, state] = await Promise.all([this.contests.speakers(contest.id), this.state(contest.id)]);
    const nameOf = new Map(speakers.map((s) => [s.id, s.name]));
    return lockedResults(
      state,
      speakers.map((s) => s.id),
      contest.finalMethod,
      overrunOf(contest),
    ).map((r) => ({
      participantId: r.speakerId,
      name: nameOf.get(r.speakerId)!,
      score: round2(r.final),
      rank: r.rank,
      result: r,
    }));
  }

  /** The export's rows: standings, and the score changes of locked speakers (the others stay blind). */
  async exportRows(contest: ContestRow) {
    const [speakers, judges, state, standings] = await Promise.all([
      this.contests.speakers(contest.id),
      this.contests.judges(contest.id),
      this.state(contest.id),
      this.standingsOf(contest),
    ]);
    const people = new Map<string, string>([...judges.map((j): [string, string] => [j.userId, j.name])]);
    const speakerName = new Map(speakers.map((s) => [s.id, s.name]));
    const actors = await this.contests.namesOf([
      ...new Set(state.changes.flatMap((c) => [c.actorId, c.approvedBy]).filter((x): x is string => !!x)),
    ]);
    const nameOf = (id: string | null) => (id ? (people.get(id) ?? actors.get(id) ?? id) : '');
    return {
      standings: standings.map((s) => ({
        rank: s.rank,
        name: s.name,
        score: s.score,
        aggregated: round2(s.result.aggregated),
        penalty: s.result.penalty,
        dropped: s.result.dropped.map((id) => `${nameOf(id)} ${s.result.counted.find((c) => c.judgeId === id)!.total}`).join('，'),
      })),
      changes: state.changes
        .filter((c) => state.locked.has(c.speakerId))
        .map((c) => ({
          seq: c.seq,
          at: chinaTime.format(new Date(c.at)),
          speaker: speakerName.get(c.speakerId) ?? c.speakerId,
          judge: nameOf(c.judgeId),
          before: c.before,
          after: c.after,
          reason: c.reason === 'scored' ? '评委评分' : '更正',
          note: c.note,
          actor: nameOf(c.actorId),
          approvedBy: nameOf(c.approvedBy),
        })),
    };
  }
}

function sheetOf(payload: unknown): Sheet {
  const { items, total } = payload as Sheet;
  return { items, total };
}

function resultView(result: SpeakerResult, judges: JudgeRow[]): SpeakerResultView {
  const nameOf = new Map(judges.map((j) => [j.userId, j.name]));
  return {
    rank: result.rank,
    score: round2(result.final),
    aggregated: round2(result.aggregated),
    penalty: result.penalty,
    judges: result.counted.map((c) => ({
      judgeId: c.judgeId,
      name: nameOf.get(c.judgeId) ?? '',
      total: c.total,
      counted: round2(c.value),
      dropped: result.dropped.includes(c.judgeId),
    })),
  };
}
