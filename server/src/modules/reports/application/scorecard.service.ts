import { Injectable } from '@nestjs/common';
import { monthOf, parseMonth } from '../../../platform/calendar/month';
import type { Principal } from '../../identity/domain/principal';
import { MonthlyExamResultsService, type MonthExam } from '../../exams/application/monthly-exam-results.service';
import { KpiReportService } from '../../kpi/application/kpi-report.service';
import type { KpiValue } from '../../kpi/domain/kpi-values';
import type { UnitKpiSummary } from '../../kpi/domain/unit-summary';
import { participation, type ParticipationSummary, type PersonSitting } from '../domain/exam-participation';
import { ReportsErrors } from '../domain/reports-errors';
import { itemScores, rankByScore, weightedScore, type ExamOutcome, type ItemScore } from '../domain/scorecard';
import type { Weights } from '../domain/scorecard-weights';
import { AssessmentWeightsService } from './assessment-weights.service';

export interface ScorecardPerson {
  userId: string;
  username: string;
  displayName: string;
  unitName: string;
  /** 0–100, unrounded; null when nothing counted this month. */
  score: number | null;
  rank: number | null;
  /** The weight of the items that counted (of 100). */
  weightCounted: number;
  items: ItemScore[];
  kpis: KpiValue[];
  /** Exam attendance this month: sittings whose window opened for them, and those they sat (make-ups standing in). */
  attendance: { expected: number; took: number };
}

export interface MonthExamSummary extends ParticipationSummary {
  sittingId: string;
  title: string;
  opensAt: Date;
}

export interface UnitScorecard {
  unitId: string;
  unitName: string;
  /** 'YYYY-MM-01'. */
  month: string;
  weights: Weights;
  people: ScorecardPerson[];
  kpis: UnitKpiSummary[];
  exams: MonthExamSummary[];
  /** Over every exam of the month together (each person's sittings counted once each). */
  examsOverall: ParticipationSummary;
}

/** A unit's 考核 month: each customer manager's weighted score over the KPIs and the month's exams, ranked. */
@Injectable()
export class ScorecardService {
  constructor(
    private readonly kpis: KpiReportService,
    private readonly exams: MonthlyExamResultsService,
    private readonly weights: AssessmentWeightsService,
  ) {}

  /** 404 for a unit outside the caller's scope (the KPI unit view's check). */
  async unitMonth(principal: Principal, unitId: string, month: string): Promise<UnitScorecard> {
    const kpi = await this.kpis.unitMonthRows(principal, unitId, month);
    const [weights, exams] = await Promise.all([
      this.weights.ofUnitPath(kpi.unitPath),
      this.exams.unitMonth(principal, kpi.unitPath, month),
    ]);
    const outcomes = new Map<string, ExamOutcome[]>();
    const sat = new Map<string, PersonSitting[]>();
    for (const exam of exams)
      for (const p of sittingsOf(exam)) {
        outcomes.set(p.userId, [
          ...(outcomes.get(p.userId) ?? []),
          { percent: p.status === 'graded' ? p.percent : null, missed: p.status === 'missed' },
        ]);
        sat.set(p.userId, [...(sat.get(p.userId) ?? []), p]);
      }
    const people = rankByScore(
      kpi.rows.map((row) => {
        const items = itemScores(new Map(row.values.map((v) => [v.kpi, v.status])), outcomes.get(row.userId) ?? []);
        const { score, weightCounted } = weightedScore(items, weights);
        const { expected, took } = participation(sat.get(row.userId) ?? []);
        return {
          userId: row.userId,
          username: row.username,
          displayName: row.displayName,
          unitName: row.unitName,
          score,
          weightCounted,
          items,
          kpis: row.values,
          attendance: { expected, took },
        };
      }),
    );
    return {
      unitId,
      unitName: kpi.unitName,
      month: kpi.month,
      weights,
      people,
      kpis: kpi.kpis,
      exams: exams.map((exam) => ({
        sittingId: exam.sittingId,
        title: exam.title,
        opensAt: exam.opensAt,
        ...participation(sittingsOf(exam)),
      })),
      examsOverall: participation(exams.flatMap(sittingsOf)),
    };
  }
}

function sittingsOf(exam: MonthExam): PersonSitting[] {
  return exam.people.map((p) => ({
    userId: p.userId,
    displayName: p.displayName,
    unitName: p.unitName,
    status: p.status,
    percent: p.percent,
    passed: p.passed,
    makeup: p.makeup,
    exam: exam.title,
  }));
}

/** 'YYYY-MM' (or absent: this month) → 'YYYY-MM-01'. */
export function monthParam(month: string | undefined): string {
  if (month === undefined) return monthOf(new Date());
  const parsed = parseMonth(month);
  if (!parsed) throw ReportsErrors['reports.month.invalid']();
  return parsed;
}
