/** The 考核 page's texts, merged into the app's catalogue under `reports` when first used (see ./index.ts). */
const reportsZhCN = {
  reports: {
    title: '月度考核',
    intro:
      '考核得分按部门权重加权：指标达标得 100 分、未达标 0 分，考试按得分率（补考以补考成绩为准，缺考 0 分）；无数据或未设目标的项不计入，其权重由计入项分摊。“总量使用偏少”仅供参考，不计入考核。',
    unit: '单位',
    month: '月份',
    rank: '名次',
    name: '姓名',
    unitName: '单位',
    score: '考核得分',
    counted: '计入权重',
    exam: '考试',
    attendance: '参考',
    metMissed: '达标 / 未达标',
    noRank: '无得分',
    empty: '本单位本月没有客户经理。请选择其他单位，或先在“指标导入”中导入本月指标。',
    noScores: '本月还没有可计分的数据：请导入本月指标，或等待本月考试出分。',
    participation: '参考率 {rate}（{took}/{expected} 人次）· 及格率 {pass} · 平均得分率 {average}',
    noExams: '本月没有考试',
    absent: '未参考：{names}',
    download: {
      xlsx: '下载报告（Excel）',
      pdf: '下载报告（PDF）',
      preparing: '正在生成报告…',
      receiving: '正在下载 {percent}%',
      failed: '报告下载失败：{message}',
    },
    weights: {
      title: '考核权重 · {department}',
      plan: '当前使用工作计划的默认权重',
      custom: '部门已设置权重',
      item: '考核项',
      weight: '权重',
      planWeight: '默认',
      sum: '合计 {sum}（须为 100）',
      save: '保存权重',
      reset: '恢复默认',
      saved: '权重已保存，得分已按新权重重新计算',
      readOnly: '只有营销部负责人或管理员可以修改权重。',
    },
  },
}

export type ReportsMessageSchema = typeof reportsZhCN
export default reportsZhCN
