import type { ReportsMessageSchema } from './zh-CN'

const reportsEn: ReportsMessageSchema = {
  reports: {
    title: 'Monthly assessment',
    intro:
      'The score weighs each item by the department’s weights: a KPI met scores 100, missed 0; exams count their percentage (a make-up replaces the first result, a missed exam is 0). Items without data or without a target do not count and their weight goes to the others. Low use of the quota is for information only and never counts.',
    unit: 'Unit',
    month: 'Month',
    rank: 'Rank',
    name: 'Name',
    unitName: 'Unit',
    score: 'Score',
    counted: 'Weight counted',
    exam: 'Exams',
    attendance: 'Sat',
    metMissed: 'Met / missed',
    noRank: 'No score',
    empty: 'This unit has no customer managers this month. Choose another unit, or import the month’s KPIs first.',
    noScores: 'Nothing to score this month yet: import the month’s KPIs, or wait for the month’s exams to be graded.',
    participation: 'Participation {rate} ({took}/{expected}) · pass rate {pass} · average {average}',
    noExams: 'No exams this month',
    absent: 'Did not sit: {names}',
    download: {
      xlsx: 'Download report (Excel)',
      pdf: 'Download report (PDF)',
      preparing: 'Preparing the report…',
      receiving: 'Downloading {percent}%',
      failed: 'The report could not be downloaded: {message}',
    },
    weights: {
      title: 'Assessment weights · {department}',
      plan: 'The work plan’s default weights apply',
      custom: 'The department has set its own weights',
      item: 'Item',
      weight: 'Weight',
      planWeight: 'Default',
      sum: 'Total {sum} (must be 100)',
      save: 'Save weights',
      reset: 'Use the defaults',
      saved: 'Weights saved; scores are recalculated with them',
      readOnly: 'Only the head of the department or an administrator can change the weights.',
    },
  },
}

export default reportsEn
