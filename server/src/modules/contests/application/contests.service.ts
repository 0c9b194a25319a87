import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../../platform/database/unique-violation';
import { writeSheets, type SheetCell } from '../../../platform/files/xlsx-sheet';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { joinCode } from '../domain/join-code';
import type { FinalMethod } from '../domain/speech/final-score';
import { DEFAULT_RUBRIC, rubricProblem, type RubricItem } from '../domain/speech/rubric';
import { ContestsErrors } from '../domain/contests-errors';
import { ContestRepository, type ContestRow } from '../persistence/contest.repository';
import { ContestAccess } from './contest-access';
import { SpeechService } from './speech.service';

export interface ContestInput {
  title: string;
  kind: 'knowledge' | 'speech';
  finalMethod?: FinalMethod;
  rubric?: RubricItem[];
  timeLimitSeconds?: number | null;
  overrunGraceSeconds?: number;
  overrunStepSeconds?: number;
  overrunPointsPerStep?: number;
  overrunMaxPenalty?: number | null;
}

export interface ContestView {
  id: string;
  title: string;
  kind: 'knowledge' | 'speech';
  joinCode: string;
  status: 'draft' | 'running' | 'ended';
  ownerUnitId: string;
  ownerUnitName: string;
  finalMethod: FinalMethod;
  rubric: RubricItem[] | null;
  timeLimitSeconds: number | null;
  overrunGraceSeconds: number;
  overrunStepSeconds: number;
  overrunPointsPerStep: number;
  overrunMaxPenalty: number | null;
  createdAt: Date;
}

export interface StandingView {
  participantId: string;
  name: string;
  score: number;
  rank: number;
}

const toView = (c: ContestRow): ContestView => ({
  id: c.id,
  title: c.title,
  kind: c.kind,
  joinCode: c.joinCode,
  status: c.status,
  ownerUnitId: c.ownerUnitId,
  ownerUnitName: c.ownerUnitName,
  finalMethod: c.finalMethod,
  rubric: c.rubric,
  timeLimitSeconds: c.timeLimitSeconds,
  overrunGraceSeconds: c.overrunGraceSeconds,
  overrunStepSeconds: c.overrunStepSeconds,
  overrunPointsPerStep: c.overrunPointsPerStep,
  overrunMaxPenalty: c.overrunMaxPenalty,
  createdAt: c.createdAt,
});

@Injectable()
export class ContestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contests: ContestRepository,
    private readonly access: ContestAccess,
    private readonly scope: ScopeService,
    private readonly speech: SpeechService,
  ) {}

  /** A trainer's contest belongs to their unit; its join code is drawn until one is free. */
  async create(principal: Principal, input: ContestInput): Promise<{ id: string; joinCode: string }> {
    await this.scope.unitPathOf(principal);
    const rubric = input.kind === 'speech' ? (input.rubric ?? [...DEFAULT_RUBRIC]) : null;
    const problem = rubric && rubricProblem(rubric);
    if (problem) throw ContestsErrors['contests.rubric.invalid']({ reason: problem });
    for (let attempt = 0; ; attempt++) {
      const code = joinCode(randomInt);
      try {
        const id = await this.dataSource.transaction((manager) =>
          this.contests.insert(
            {
              ownerUnitId: principal.unitId,
              title: input.title.trim(),
              kind: input.kind,
              joinCode: code,
              finalMethod: input.finalMethod ?? 'trimmed',
              rubric: rubric?.map((r) => ({ key: r.key, label: r.label.trim(), max: r.max })) ?? null,
              timeLimitSeconds: input.timeLimitSeconds ?? null,
              overrunGraceSeconds: input.overrunGraceSeconds ?? 0,
              overrunStepSeconds: input.overrunStepSeconds ?? 30,
              overrunPointsPerStep: input.overrunPointsPerStep ?? 1,
              overrunMaxPenalty: input.overrunMaxPenalty ?? null,
              createdBy: principal.userId,
            },
            manager,
          ),
        );
        return { id, joinCode: code };
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 5) throw error;
      }
    }
  }

  async list(principal: Principal): Promise<ContestView[]> {
    return (await this.contests.listInScope(await this.scope.scopePathOf(principal))).map(toView);
  }

  async get(principal: Principal, contestId: string): Promise<ContestView> {
    return toView(await this.access.requireContest(principal, contestId));
  }

  /** Final standings: a speech contest's locked speakers; a knowledge contest's players at 0 until live play scores them. */
  async standings(principal: Principal, contestId: string): Promise<StandingView[]> {
    const contest = await this.access.requireContest(principal, contestId);
    if (contest.kind === 'speech')
      return (await this.speech.standingsOf(contest)).map(({ participantId, name, score, rank }) => ({ participantId, name, score, rank }));
    return (await this.contests.speakers(contest.id)).map((p) => ({ participantId: p.id, name: p.name, score: 0, rank: 1 }));
  }

  /** XLSX: the standings, and every score change with its reason (numbers as numbers). */
  async export(principal: Principal, contestId: string): Promise<{ buffer: Buffer; fileName: string }> {
    const contest = await this.access.requireContest(principal, contestId);
    const sheets: Array<{ name: string; headers: string[]; rows: SheetCell[][] }> = [];
    if (contest.kind === 'speech') {
      const { standings, changes } = await this.speech.exportRows(contest);
      sheets.push(
        {
          name: '成绩',
          headers: ['名次', '选手', '最终得分', '评委得分', '超时扣分', '去掉的评分'],
          rows: standings.map((s) => [s.rank, s.name, s.score, s.aggregated, s.penalty, s.dropped]),
        },
        {
          name: '评分记录',
          headers: ['序号', '时间', '选手', '评委', '原分', '新分', '原因', '说明', '操作人', '批准人'],
          rows: changes.map((c) => [c.seq, c.at, c.speaker, c.judge, c.before, c.after, c.reason, c.note, c.actor, c.approvedBy]),
        },
      );
    } else {
      const rows = await this.standings(principal, contestId);
      sheets.push(
        { name: '成绩', headers: ['名次', '选手', '得分'], rows: rows.map((r) => [r.rank, r.name, r.score]) },
        { name: '评分记录', headers: ['序号', '时间', '原因'], rows: [] },
      );
    }
    return { buffer: await writeSheets(sheets), fileName: `${contest.title}-成绩.xlsx` };
  }
}
