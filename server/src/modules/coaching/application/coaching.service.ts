import { Injectable } from '@nestjs/common';
import { addMonths, monthLabel, monthOf } from '../../../platform/calendar/month';
import { CompetencyRecordService } from '../../competency/application/competency-record.service';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { isWithin } from '../../identity/domain/unit-path';
import { CoachingErrors } from '../domain/coaching-errors';
import { matrixRow, type KpiStanding, type SubjectLevel } from '../domain/coaching-matrix';
import { isOverdue, movement } from '../domain/coaching-progress';
import type {
  CoachingActionDto,
  CoachingMatrixDto,
  CreateCoachingActionDto,
  MyCoachingActionDto,
  SubjectKpiDto,
  SubjectKpiQueryDto,
} from '../http/dto/coaching.dto';
import { correlation, MIN_PEOPLE } from '../domain/subject-kpi-correlation';
import { CoachingActionRepository, type CoachingActionRow } from '../persistence/coaching-action.repository';
import { KpiStandingReader } from './kpi-standing-reader';

const EVERYONE = 100_000;
const LISTED = 200;

/** The coaching matrix of a unit and the coaching actions (帮扶) a manager assigns from it. */
@Injectable()
export class CoachingService {
  constructor(
    private readonly actions: CoachingActionRepository,
    private readonly records: CompetencyRecordService,
    private readonly kpis: KpiStandingReader,
    private readonly scope: ScopeService,
  ) {}

  /** Each customer manager of the subtree: weakest subjects, KPIs of concern, a suggestion; people to act on first. */
  async matrix(principal: Principal, unitId: string, month: string | undefined): Promise<CoachingMatrixDto> {
    const unitPath = await this.scope.requireUnitInScope(principal, unitId);
    const [levels, standings, open] = await Promise.all([
      this.records.unit(principal, unitId, month, 1, EVERYONE),
      this.kpis.unitMonth(principal, unitId, month),
      this.actions.openCounts(unitPath),
    ]);
    const openOf = new Map(open.map((o) => [o.userId, o.open]));
    const rows = levels.page.map((p) => {
      const row = matrixRow(p.dimensions as SubjectLevel[], standings.get(p.userId) ?? []);
      return {
        person: { userId: p.userId, username: p.username, displayName: p.displayName, unitId: p.unitId, unitName: p.unitName },
        weakest: row.weakest.map(({ dimension, level, target, gap }) => ({ dimension, level, target, gap })),
        unassessed: row.unassessed,
        kpisOfConcern: row.kpisOfConcern,
        suggestion: row.suggestion,
        openActions: openOf.get(p.userId) ?? 0,
      };
    });
    const weight = (r: (typeof rows)[number]) => (r.suggestion.kind === 'none' ? 0 : 1000) + r.kpisOfConcern.length * 10 + r.weakest.length;
    rows.sort((a, b) => weight(b) - weight(a) || a.person.displayName.localeCompare(b.person.displayName, 'zh-CN'));
    return { unitId, unitName: levels.unitName, month: levels.month, rows };
  }

  /** A subject's level against a KPI across the subtree's people, with n and Pearson's r, or why there is none. */
  async subjectKpi(principal: Principal, unitId: string, query: SubjectKpiQueryDto): Promise<SubjectKpiDto> {
    await this.scope.requireUnitInScope(principal, unitId);
    const [levels, standings] = await Promise.all([
      this.records.unit(principal, unitId, query.month, 1, EVERYONE),
      this.kpis.unitMonth(principal, unitId, query.month),
    ]);
    const points = levels.page.flatMap((p) => {
      const level = p.dimensions.find((d) => d.dimension === query.dimension)?.level ?? null;
      const value = valueOf(standings.get(p.userId), query.kpi);
      if (level === null || value === null) return [];
      return [
        {
          person: { userId: p.userId, username: p.username, displayName: p.displayName, unitId: p.unitId, unitName: p.unitName },
          level,
          value,
        },
      ];
    });
    const c = correlation(points.map((p) => ({ level: p.level, kpi: p.value })));
    return {
      unitId,
      month: levels.month,
      dimension: query.dimension,
      kpi: query.kpi,
      points,
      n: c.n,
      r: c.r,
      why: c.conclusive ? null : c.why,
      minPeople: MIN_PEOPLE,
    };
  }

  /** Assigns practice on a subject or a training to one customer manager in the caller's subtree, noting where they start. */
  async assign(principal: Principal, input: CreateCoachingActionDto): Promise<CoachingActionDto> {
    await this.scope.requirePersonInScope(principal, input.userId, 'userId');
    if (input.kind === 'practice' && !input.dimension) throw CoachingErrors['coaching.action.dimensionRequired']();
    if (input.dueOn < today()) throw CoachingErrors['coaching.action.duePast']();
    const record = await this.records.person(principal, input.userId, 1, undefined);
    const kpiNow = input.kpi ? await this.kpis.personLatest(principal, input.userId, undefined) : [];
    const id = await this.actions.insert({
      userId: input.userId,
      unitId: record.person.unitId,
      kind: input.kind,
      dimension: input.dimension ?? null,
      kpi: input.kpi ?? null,
      note: input.note?.trim() ?? '',
      dueOn: input.dueOn,
      baselineMonth: monthOf(new Date()),
      levelBefore: record.current.find((d) => d.dimension === input.dimension)?.level ?? null,
      kpiBefore: kpiNow.find((k) => k.kpi === input.kpi)?.value ?? null,
      createdBy: principal.userId,
    });
    const [view] = await this.withProgress(principal, [(await this.actions.findById(id))!], record.person.unitId);
    return view;
  }

  /** The actions of a subtree's people, open first, each with its subject and KPI before and now. */
  async list(principal: Principal, unitId: string, status: 'open' | 'closed' | undefined): Promise<CoachingActionDto[]> {
    const unitPath = await this.scope.requireUnitInScope(principal, unitId);
    return this.withProgress(principal, await this.actions.inSubtree(unitPath, status ?? null, LISTED), unitId);
  }

  async close(principal: Principal, actionId: string): Promise<CoachingActionDto> {
    const action = await this.actions.findById(actionId);
    const scope = await this.scope.scopePathOf(principal);
    if (!action || (scope !== null && !isWithin(action.unitPath, scope))) throw CoachingErrors['coaching.action.notFound']();
    await this.actions.close(actionId, principal.userId);
    const [view] = await this.withProgress(principal, [(await this.actions.findById(actionId))!], action.unitId);
    return view;
  }

  /** The caller's own open actions: their to-do. */
  async mine(principal: Principal): Promise<MyCoachingActionDto[]> {
    const now = today();
    return (await this.actions.openFor(principal.userId)).map((a) => ({
      id: a.id,
      kind: a.kind,
      dimension: a.dimension,
      kpi: a.kpi,
      note: a.note,
      dueOn: a.dueOn,
      overdue: isOverdue(a.dueOn, now, a.status),
    }));
  }

  /** Levels now from the unit's current window; KPIs now from this month, or last month when this one has no figures yet. */
  private async withProgress(principal: Principal, rows: CoachingActionRow[], unitId: string): Promise<CoachingActionDto[]> {
    if (rows.length === 0) return [];
    const thisMonth = monthLabel(monthOf(new Date()));
    const lastMonth = monthLabel(addMonths(monthOf(new Date()), -1));
    const [levels, kpisNow, kpisLast] = await Promise.all([
      this.records.unit(principal, unitId, undefined, 1, EVERYONE),
      this.kpis.unitMonth(principal, unitId, thisMonth),
      this.kpis.unitMonth(principal, unitId, lastMonth),
    ]);
    const levelOf = new Map(levels.page.map((p) => [p.userId, p.dimensions]));
    const now = today();
    return rows.map((a) => {
      const levelNow = levelOf.get(a.userId)?.find((d) => d.dimension === a.dimension)?.level ?? null;
      const kpiNow = a.kpi ? (valueOf(kpisNow.get(a.userId), a.kpi) ?? valueOf(kpisLast.get(a.userId), a.kpi)) : null;
      return {
        id: a.id,
        person: { userId: a.userId, username: a.username, displayName: a.displayName, unitId: a.unitId, unitName: a.unitName },
        kind: a.kind,
        dimension: a.dimension,
        kpi: a.kpi,
        note: a.note,
        dueOn: a.dueOn,
        status: a.status,
        overdue: isOverdue(a.dueOn, now, a.status),
        createdAt: a.createdAt,
        closedAt: a.closedAt,
        baselineMonth: monthLabel(a.baselineMonth),
        levelBefore: a.levelBefore,
        levelNow,
        levelMoved: movement(a.levelBefore, levelNow),
        kpiBefore: a.kpiBefore,
        kpiNow,
        kpiMoved: movement(a.kpiBefore, kpiNow),
      };
    });
  }
}

function valueOf(standings: KpiStanding[] | undefined, kpi: string): number | null {
  return standings?.find((k) => k.kpi === kpi)?.value ?? null;
}

/** Today in China, 'YYYY-MM-DD'. */
function today(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
