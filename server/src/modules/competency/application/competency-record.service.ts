import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../../platform/config/config.module';
import type { AppConfig } from '../../../platform/config/app-config';
import { monthLabel, monthOf, parseMonth } from '../../../platform/calendar/month';
import { writeSheet } from '../../../platform/files/xlsx-sheet';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { COMPETENCY_DIMENSIONS } from '../domain/competency-dimensions';
import { CURRENT_WINDOW_MONTHS, type EvidenceMinimum } from '../domain/competency-level';
import { dimensionLevels, gapsOf, personRecord, recordBasis, recordStart, unassessedOf } from '../domain/competency-record';
import { windowStart } from '../domain/evidence-window';
import type { TargetLevel } from '../domain/competency-targets';
import type { PersonCompetencyDto, UnitCompetencyDto } from '../http/dto/competency.dto';
import { CompetencyRepository, type PersonRow, type UnitWindow } from '../persistence/competency.repository';
import { CompetencyTargetsService } from './competency-targets.service';
import { CompetencyErrors } from '../domain/competency-errors';

const RECENT_EVIDENCE = 20;

@Injectable()
export class CompetencyRecordService {
  constructor(
    private readonly competency: CompetencyRepository,
    private readonly targets: CompetencyTargetsService,
    private readonly scope: ScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A person's record: their own, or one in the caller's scope; anyone else's is "not found". */
  async person(principal: Principal, userId: string, months: number, month: string | undefined): Promise<PersonCompetencyDto> {
    const person = await this.requirePersonVisible(principal, userId);
    const last = lastMonth(month);
    const targets = await this.targets.list();
    const rows = await this.competency.personMonths(userId, recordStart(last, months), last);
    const recent = await this.competency.recentEvidence(userId, last, RECENT_EVIDENCE);
    const byKind = await this.competency.kindTotals(userId, windowStart(last), last);
    const { current, history } = personRecord(rows, last, months, targets, this.config.competencyMinimum);
    return {
      person: personRef(person),
      windowMonths: CURRENT_WINDOW_MONTHS,
      basis: recordBasis(byKind.map((k) => k.kind)),
      minimum: this.config.competencyMinimum,
      current,
      history,
      evidenceByKind: byKind,
      recentEvidence: recent,
    };
  }

  /** A unit subtree's levels over the window ending at `month`, and one page of its staff, most gaps first. */
  async unit(principal: Principal, unitId: string, month: string | undefined, page: number, pageSize: number): Promise<UnitCompetencyDto> {
    const unitPath = await this.scope.requireUnitInScope(principal, unitId);
    const last = lastMonth(month);
    const targets = await this.targets.list();
    const window = await this.competency.unitWindow({
      unitId,
      unitPath,
      month: last,
      targets,
      limit: pageSize,
      offset: (page - 1) * pageSize,
      minimum: this.config.competencyMinimum,
    });
    const mixed = await this.competency.kindsBesidesExams(windowStart(last), last);
    return {
      unitId,
      basis: mixed ? 'mixed' : 'exam_score_rate',
      unitName: window.unitName,
      month: monthLabel(last),
      windowMonths: CURRENT_WINDOW_MONTHS,
      people: window.people,
      minimum: this.config.competencyMinimum,
      dimensions: unitDimensions(window, targets),
      page: peopleLevels(window, targets, this.config.competencyMinimum),
      total: window.people,
    };
  }

  /** Every staff member of the subtree with their current level and gap per dimension, in percent. */
  async exportUnit(principal: Principal, unitId: string, month: string | undefined): Promise<{ buffer: Buffer; fileName: string }> {
    const unitPath = await this.scope.requireUnitInScope(principal, unitId);
    const last = lastMonth(month);
    const targets = await this.targets.list();
    const minimum = this.config.competencyMinimum;
    const window = await this.competency.unitWindow({ unitId, unitPath, month: last, targets, limit: null, offset: 0, minimum });
    const headers = [
      '单位',
      '姓名',
      '用户名',
      ...COMPETENCY_DIMENSIONS.flatMap((d) => [`${d} 得分率(%)`, `${d} 差距(%)`]),
      '未达标维度数',
      '证据不足维度数',
    ];
    const rows = peopleLevels(window, targets, minimum).map((p) => [
      p.unitName,
      p.displayName,
      p.username,
      ...p.dimensions.flatMap((d) => [d.level === null ? '证据不足' : percent(d.level), percent(d.gap)]),
      String(p.gaps),
      String(p.unassessed),
    ]);
    const buffer = await writeSheet('能力档案', headers, rows);
    return { buffer, fileName: `能力档案_${window.unitName}_${monthLabel(last)}.xlsx` };
  }

  private async requirePersonVisible(principal: Principal, userId: string): Promise<PersonRow> {
    const person = await this.competency.findPerson(userId);
    if (person && (await this.scope.maySeePerson(principal, person))) {
      return person;
    }
    throw CompetencyErrors['competency.person.notInScope']();
  }
}

function lastMonth(month: string | undefined): string {
  return (month && parseMonth(month)) || monthOf(new Date());
}

function personRef(p: Omit<PersonRow, 'unitPath'>) {
  return { userId: p.userId, username: p.username, displayName: p.displayName, unitId: p.unitId, unitName: p.unitName };
}

function unitDimensions(window: UnitWindow, targets: TargetLevel[]) {
  const levels = dimensionLevels(window.dimensions, targets);
  return levels.map((level) => {
    const counts = window.dimensions.find((d) => d.dimension === level.dimension);
    return {
      dimension: level.dimension,
      target: level.target,
      level: level.level,
      assessed: counts?.assessed ?? 0,
      below: counts?.below ?? 0,
    };
  });
}

function peopleLevels(window: UnitWindow, targets: TargetLevel[], minimum: EvidenceMinimum) {
  return window.page.map((p) => {
    const dimensions = dimensionLevels(p.tallies, targets, minimum);
    return { ...personRef(p), dimensions, gaps: gapsOf(dimensions), unassessed: unassessedOf(dimensions) };
  });
}

function percent(share: number | null): string {
  return share === null ? '' : String(Math.round(share * 1000) / 10);
}
