import { PdfDocumentBuilder } from '../../../platform/files/pdf-document';
import { writeWorkbook, type XlsxValue } from '../../../platform/files/xlsx-writer';
import type { MonthlyAssessmentContent, ReportKpiLine } from './monthly-assessment-content';

const title = (c: MonthlyAssessmentContent) => `月度考核报告 · ${c.unitName} · ${c.month}`;

/** The report as a workbook: numbers as numbers, shares as percentages (xlsx-writer). */
export function assessmentWorkbook(c: MonthlyAssessmentContent): Promise<Buffer> {
  const share = (value: number | null): XlsxValue => ({ kind: 'percent', value });
  const kpiValue = (k: ReportKpiLine, value: number | null): XlsxValue => ({ kind: k.kind === 'share' ? 'percent' : 'number', value });
  return writeWorkbook([
    {
      name: '概况',
      columns: ['项目', { header: '数值', width: 24 }],
      rows: [
        ['单位', c.unitName],
        ['月份', c.month],
        ['客户经理人数', c.people],
        ['应参考人次', c.overall.expected],
        ['实际参考人次', c.overall.took],
        ['参考率', share(c.overall.participationRate)],
        ['已出分人次', c.overall.graded],
        ['及格率', share(c.overall.passRate)],
        ['平均得分率', share(c.overall.average === null ? null : c.overall.average / 100)],
        ...c.bands.map((band, i): XlsxValue[] => [`得分率 ${band}（人次）`, c.overall.distribution[i]]),
      ],
    },
    {
      name: '考试',
      columns: [
        { header: '考试', width: 28 },
        { header: '应参考', kind: 'number' },
        { header: '实际参考', kind: 'number' },
        { header: '参考率', kind: 'percent' },
        { header: '及格率', kind: 'percent' },
        { header: '平均得分率', kind: 'percent' },
        ...c.bands.map((b) => ({ header: b, kind: 'number' as const })),
      ],
      rows: c.exams.map((e) => [
        e.title,
        e.summary.expected,
        e.summary.took,
        e.summary.participationRate,
        e.summary.passRate,
        e.summary.average === null ? null : e.summary.average / 100,
        ...e.summary.distribution,
      ]),
    },
    {
      name: '未参考名单',
      columns: ['姓名', '单位', { header: '考试', width: 28 }, '状态'],
      rows: c.absent.map((a) => [a.displayName, a.unitName, a.exam, a.status]),
    },
    {
      name: '考核排名',
      columns: [
        { header: '名次', kind: 'number' },
        '姓名',
        '用户名',
        '单位',
        { header: '考核得分', kind: 'number' },
        { header: '上月得分', kind: 'number' },
        { header: '较上月', kind: 'number' },
        { header: '上月名次', kind: 'number' },
        { header: '应参考', kind: 'number' },
        { header: '实际参考', kind: 'number' },
        { header: '达标项数', kind: 'number' },
        { header: '未达标项数', kind: 'number' },
        ...c.itemNames.map((name) => ({ header: `${name}得分`, kind: 'number' as const })),
      ],
      rows: c.ranking.map((p) => [
        p.rank,
        p.displayName,
        p.username,
        p.unitName,
        p.score,
        p.lastMonthScore,
        p.change,
        p.lastMonthRank,
        p.attendance.expected,
        p.attendance.took,
        p.met,
        p.missed,
        ...p.items,
      ]),
    },
    {
      name: '指标',
      columns: [
        { header: '指标', width: 24 },
        '数值',
        '比较基准',
        '基准值',
        '状态',
        `上月（${c.lastMonth}）`,
        '较上月',
        { header: '有数据人数', kind: 'number' },
        { header: '达标人数', kind: 'number' },
        { header: '说明', width: 40 },
      ],
      rows: c.kpis.map((k) => [
        k.name,
        kpiValue(k, k.value),
        k.targetLabel,
        kpiValue(k, k.target),
        k.status,
        kpiValue(k, k.lastMonth),
        kpiValue(k, k.change),
        k.reported,
        k.met,
        k.caption,
      ]),
    },
    { name: '权重', columns: ['考核项', { header: '权重', kind: 'number' }], rows: c.weights.map((w) => [w.name, w.weight]) },
  ]);
}

function percentText(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

function numberText(value: number | null, digits = 2): string {
  if (value === null) return '—';
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}

function signed(text: string, value: number | null): string {
  return value !== null && value > 0 ? `+${text}` : text;
}

function kpiText(k: ReportKpiLine, value: number | null): string {
  if (value === null) return '—';
  return k.kind === 'share' ? percentText(value) : numberText(value);
}

/** The report as an A4 PDF (platform/files/pdf-document.ts). */
export function assessmentPdf(c: MonthlyAssessmentContent, generatedAt: string): Promise<Buffer> {
  const pdf = new PdfDocumentBuilder({
    title: title(c),
    subtitle: `客户经理 ${c.people} 人 · 与 ${c.lastMonth} 比较`,
    headerNote: `生成于 ${generatedAt}`,
  });
  pdf.heading('一、考试参考情况').facts([
    ['参考率', `${percentText(c.overall.participationRate)}（${c.overall.took} / ${c.overall.expected} 人次）`],
    ['及格率', `${percentText(c.overall.passRate)}（${c.overall.passed} / ${c.overall.graded}）`],
    ['平均得分率', c.overall.average === null ? '—' : `${numberText(c.overall.average, 1)}%`],
    ['得分分布', c.bands.map((b, i) => `${b}：${c.overall.distribution[i]}`).join('  ')],
  ]);
  pdf.table(
    [
      { header: '考试', width: 4 },
      { header: '参考率', align: 'right' },
      { header: '及格率', align: 'right' },
      { header: '平均得分率', align: 'right' },
    ],
    c.exams.map((e) => [
      e.title,
      percentText(e.summary.participationRate),
      percentText(e.summary.passRate),
      e.summary.average === null ? '—' : `${numberText(e.summary.average, 1)}%`,
    ]),
    '本月没有考试',
  );
  pdf.heading('未参考名单');
  pdf.table(
    [
      { header: '姓名', width: 2 },
      { header: '单位', width: 3 },
      { header: '考试', width: 4 },
      { header: '状态', width: 2 },
    ],
    c.absent.map((a) => [a.displayName, a.unitName, a.exam, a.status]),
    '无人缺考',
  );
  pdf.heading('二、考核得分与排名');
  pdf.paragraph(
    `考核得分 = 各考核项得分按部门权重加权（达标 100 分、未达标 0 分，考试按得分率，缺考 0 分）；无数据或未设目标的项不计入，权重按计入项重新分配。权重：${c.weights
      .filter((w) => w.weight > 0)
      .map((w) => `${w.name} ${w.weight}`)
      .join('、')}。`,
    { muted: true },
  );
  pdf.table(
    [
      { header: '名次', align: 'right' },
      { header: '姓名', width: 1.6 },
      { header: '单位', width: 2.4 },
      { header: '得分', align: 'right' },
      { header: '较上月', align: 'right' },
      { header: '上月名次', align: 'right' },
      { header: '考试', align: 'right' },
      { header: '参考', align: 'right' },
      { header: '达标/未达标', width: 1.4, align: 'right' },
    ],
    c.ranking.map((p) => [
      p.rank === null ? '—' : String(p.rank),
      p.displayName,
      p.unitName,
      numberText(p.score),
      signed(numberText(p.change), p.change),
      p.lastMonthRank === null ? '—' : String(p.lastMonthRank),
      p.exam === null ? '—' : `${numberText(p.exam, 1)}%`,
      p.attendance.expected ? `${p.attendance.took}/${p.attendance.expected}` : '—',
      `${p.met} / ${p.missed}`,
    ]),
    '本单位没有客户经理',
  );
  pdf.heading('三、指标达成');
  pdf.table(
    [
      { header: '指标', width: 3 },
      { header: '数值', align: 'right', width: 1.2 },
      { header: '基准', align: 'right', width: 1.6 },
      { header: '状态', width: 1.2 },
      { header: '较上月', align: 'right', width: 1.2 },
      { header: '达标人数', align: 'right' },
    ],
    c.kpis.map((k) => [
      k.name,
      kpiText(k, k.value),
      k.targetLabel === '未设' || k.targetLabel === '仅供参考' ? k.targetLabel : `${k.targetLabel} ${kpiText(k, k.target)}`,
      k.status,
      k.change === null ? '—' : signed(kpiText(k, k.change), k.change),
      `${k.met} / ${k.reported}`,
    ]),
  );
  for (const k of c.kpis.filter((k) => k.caption)) pdf.paragraph(`${k.name}：${k.caption}`, { muted: true });
  return pdf.toBuffer();
}

export function assessmentFileName(c: MonthlyAssessmentContent, extension: 'xlsx' | 'pdf'): string {
  return `月度考核报告_${c.unitName.replace(/[\\/:*?"<>|]/g, '_')}_${c.month}.${extension}`;
}
