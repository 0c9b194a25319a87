import { KPI_DEFINITIONS } from '../../kpi/domain/kpi-definitions';
import type { TargetStatus } from '../../kpi/domain/status-rule';
import type { UnitKpiSummary } from '../../kpi/domain/unit-summary';
import { SCORE_BANDS, type ParticipationSummary, type SittingStatus } from '../domain/exam-participation';
import { itemName, SCORE_ITEMS } from '../domain/scorecard-weights';
import { roundScore } from '../domain/scorecard';
import type { UnitScorecard } from './scorecard.service';

/**
 * What the monthly assessment report says, once, for both its XLSX and its PDF: typed values here,
 * each writer formats them its way (numbers stay numbers in the workbook).
 */
export const STATUS_TEXT: Record<TargetStatus | 'pending', string> = {
  met: '达标',
  missed: '未达标',
  info: '仅供参考',
  no_target: '未设目标',
  no_data: '无数据',
  pending: '待出分',
};

export const SITTING_STATUS_TEXT: Record<SittingStatus, string> = {
  upcoming: '未开始',
  open: '未参加（考试进行中）',
  in_progress: '作答中',
  scoring: '评分中',
  submitted: '待阅卷',
  graded: '已出分',
  missed: '缺考',
};

export interface ReportKpiLine {
  name: string;
  kind: 'share' | 'amount' | 'count';
  value: number | null;
  /** The target, the pace to it (经营指导面), or last year's value. */
  target: number | null;
  targetLabel: string;
  status: string;
  lastMonth: number | null;
  change: number | null;
  reported: number;
  met: number;
  caption: string | null;
}

export interface ReportPersonLine {
  rank: number | null;
  displayName: string;
  username: string;
  unitName: string;
  score: number | null;
  lastMonthScore: number | null;
  change: number | null;
  lastMonthRank: number | null;
  exam: number | null;
  /** Exams sat of those expected this month. */
  attendance: { expected: number; took: number };
  met: number;
  missed: number;
  items: Array<number | null>;
}

export interface MonthlyAssessmentContent {
  unitName: string;
  month: string;
  lastMonth: string;
  people: number;
  overall: ParticipationSummary;
  exams: Array<{ title: string; summary: ParticipationSummary }>;
  absent: Array<{ displayName: string; unitName: string; exam: string; status: string }>;
  ranking: ReportPersonLine[];
  itemNames: string[];
  kpis: ReportKpiLine[];
  weights: Array<{ name: string; weight: number }>;
  bands: readonly string[];
}

function targetLabel(s: UnitKpiSummary): string {
  const d = KPI_DEFINITIONS[s.kpi];
  if (d.informational) return '仅供参考';
  if (d.paced) return '本月进度';
  if (d.yearOnYear) return '上年同月';
  return s.target === null ? '未设' : '目标';
}

export function reportContent(current: UnitScorecard, previous: UnitScorecard): MonthlyAssessmentContent {
  const before = new Map(previous.people.map((p) => [p.userId, p]));
  const kpisBefore = new Map(previous.kpis.map((k) => [k.kpi, k]));
  return {
    unitName: current.unitName,
    month: current.month.slice(0, 7),
    lastMonth: previous.month.slice(0, 7),
    people: current.people.length,
    overall: current.examsOverall,
    exams: current.exams.map((e) => ({ title: e.title, summary: e })),
    absent: current.exams.flatMap((e) =>
      e.absent.map((p) => ({ displayName: p.displayName, unitName: p.unitName, exam: e.title, status: SITTING_STATUS_TEXT[p.status] })),
    ),
    ranking: current.people.map((p) => {
      const last = before.get(p.userId);
      const score = p.score === null ? null : roundScore(p.score);
      const lastScore = last?.score == null ? null : roundScore(last.score);
      return {
        rank: p.rank,
        displayName: p.displayName,
        username: p.username,
        unitName: p.unitName,
        score,
        lastMonthScore: lastScore,
        change: score !== null && lastScore !== null ? roundScore(score - lastScore) : null,
        lastMonthRank: last?.rank ?? null,
        exam: p.items.find((i) => i.item === 'exam')?.score ?? null,
        attendance: p.attendance,
        met: p.items.filter((i) => i.item !== 'exam' && i.status === 'met').length,
        missed: p.items.filter((i) => i.item !== 'exam' && i.status === 'missed').length,
        items: p.items.map((i) => i.score),
      };
    }),
    itemNames: SCORE_ITEMS.map(itemName),
    kpis: current.kpis.map((s) => {
      const d = KPI_DEFINITIONS[s.kpi];
      const last = kpisBefore.get(s.kpi)?.value ?? null;
      return {
        name: d.name,
        kind: d.kind,
        value: s.value,
        target: s.target,
        targetLabel: targetLabel(s),
        status: STATUS_TEXT[s.status],
        lastMonth: last,
        change: s.value !== null && last !== null ? s.value - last : null,
        reported: s.reported,
        met: s.met,
        caption: d.caption?.zh ?? null,
      };
    }),
    weights: SCORE_ITEMS.map((item) => ({ name: itemName(item), weight: current.weights[item] })),
    bands: SCORE_BANDS.map((b) => b.label),
  };
}
