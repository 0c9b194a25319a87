import { Injectable } from '@nestjs/common';
import { addMonths, monthLabel, monthOf, monthRange, parseMonth } from '../../../platform/calendar/month';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { personHistory } from '../domain/person-history';
import { missedCount, monthValues, rulesFor, type KpiValue } from '../domain/kpi-values';
import type { StatusRule } from '../domain/status-rule';
import { mostMissedFirst, unitSummary, type UnitKpiSummary } from '../domain/unit-summary';
import type { PersonKpisDto, UnitKpisDto } from '../http/dto/kpi.dto';
import { KpiReportRepository, type PersonRef } from '../persistence/kpi-report.repository';
import { KpiUnitRepository, type RankedPerson } from '../persistence/kpi-unit.repository';
import { KpiTargetsService } from './kpi-targets.service';
import { unitWorkbook } from './kpi-workbooks';
import { UnitRankingCache } from './unit-ranking-cache';
import { KpiErrors } from '../domain/kpi-errors';

@Injectable()
export class KpiReportService {
  constructor(
    private readonly reports: KpiReportRepository,
    private readonly units: KpiUnitRepository,
    private readonly targets: KpiTargetsService,
    private readonly scope: ScopeService,
    private readonly rankings: UnitRankingCache,
  ) {}

  /** A customer manager's KPIs month by month, oldest first, ending with `month` (this month by default). */
  async person(principal: Principal, userId: string, months: number, month: string | undefined): Promise<PersonKpisDto> {
    const person = await this.reports.person(userId);
    if (!person || !(await this.scope.maySeePerson(principal, person))) throw KpiErrors['kpi.person.notInScope']();
    const last = monthOrNow(month);
    const first = addMonths(last, -(months - 1));
    const [settings, ratios, forecasts] = await Promise.all([
      this.targets.currentSettings(),
      this.reports.personRatios(userId, addMonths(first, -12), last),
      this.reports.personForecasts(userId, first, last),
    ]);
    return { person: personRef(person), months: personHistory(monthRange(first, last), ratios, forecasts, settings) };
  }

  /** A unit subtree's month: each KPI pooled over its customer managers, and a page of them, most missed first. */
  async unit(principal: Principal, unitId: string, month: string | undefined, page: number, pageSize: number): Promise<UnitKpisDto> {
    const view = await this.unitMonth(principal, unitId, month);
    const shown = view.people.slice((page - 1) * pageSize, page * pageSize);
    const rows = shown.length
      ? await this.rowsOf(
          view,
          shown.map((p) => p.userId),
        )
      : [];
    return {
      unitId,
      unitName: view.unitName,
      month: monthLabel(view.month),
      people: view.people.length,
      kpis: view.kpis,
      page: rows,
      total: view.people.length,
    };
  }

  async exportUnit(principal: Principal, unitId: string, month: string | undefined): Promise<{ buffer: Buffer; fileName: string }> {
    const view = await this.unitMonth(principal, unitId, month);
    const buffer = await unitWorkbook(await this.rowsOf(view, null), view.kpis, await this.targets.definitions());
    return { buffer, fileName: `指标_${view.unitName.replace(/[\\/:*?"<>|]/g, '_')}_${monthLabel(view.month)}.xlsx` };
  }

  /**
   * A unit subtree's month for the 考核 scorecard and the monthly report (the reports module): the
   * pooled KPIs and every customer manager's KPI values. Scope as the unit page's: 404 outside it.
   */
  async unitMonthRows(principal: Principal, unitId: string, month: string): Promise<UnitMonthRows> {
    const view = await this.unitMonth(principal, unitId, monthLabel(month));
    return { unitName: view.unitName, unitPath: view.unitPath, month: view.month, kpis: view.kpis, rows: await this.rowsOf(view, null) };
  }

  /** Who is in the unit in ranking order, and the pooled KPIs; no one's full figures yet. */
  private async unitMonth(principal: Principal, unitId: string, month: string | undefined): Promise<UnitMonthView> {
    const unitPath = await this.scope.requireUnitInScope(principal, unitId);
    const monthStart = monthOrNow(month);
    const lastYear = addMonths(monthStart, -12);
    const [unitName, settings, version] = await Promise.all([
      this.units.unitName(unitId),
      this.targets.currentSettings(),
      this.units.dataVersion(),
    ]);
    const rules = rulesFor(settings, monthStart);
    const ranking = await this.rankings.get(`${unitPath}|${monthStart}|${JSON.stringify(rules)}`, version, () =>
      this.units.ranking(unitPath, monthStart, lastYear, rules),
    );
    return {
      unitName: unitName ?? '',
      unitPath,
      month: monthStart,
      lastYear,
      rules,
      kpis: unitSummary(ranking.pooled, ranking.counts, rules),
      people: [...ranking.people].sort(mostMissedFirst),
    };
  }

  /** Every KPI's value for these people (everyone when null), in ranking order. */
  private async rowsOf(view: UnitMonthView, userIds: string[] | null): Promise<PersonKpiRow[]> {
    const figures = new Map((await this.units.figures(view.unitPath, view.month, view.lastYear, userIds)).map((p) => [p.userId, p]));
    return view.people.flatMap(({ userId }) => {
      const person = figures.get(userId);
      if (!person) return [];
      const values = monthValues(person.figures, view.rules);
      return [{ ...personRef(person), values, missed: missedCount(values.map((v) => v.status)) }];
    });
  }
}

function monthOrNow(month: string | undefined): string {
  if (month === undefined) return monthOf(new Date());
  const parsed = parseMonth(month);
  if (!parsed) throw KpiErrors['kpi.month.invalid']();
  return parsed;
}

function personRef({ userId, username, displayName, unitId, unitName }: PersonRef): PersonRef {
  return { userId, username, displayName, unitId, unitName };
}

export type PersonKpiRow = PersonRef & { values: KpiValue[]; missed: number };

export interface UnitMonthRows {
  unitName: string;
  unitPath: string;
  /** 'YYYY-MM-01'. */
  month: string;
  kpis: UnitKpiSummary[];
  rows: PersonKpiRow[];
}

interface UnitMonthView {
  unitName: string;
  unitPath: string;
  /** 'YYYY-MM-01', and the same month a year earlier. */
  month: string;
  lastYear: string;
  rules: StatusRule[];
  kpis: UnitKpiSummary[];
  /** Everyone in the subtree, most missed first. */
  people: RankedPerson[];
}
