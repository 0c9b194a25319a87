import type { EntityManager } from 'typeorm';
import type { BlueprintRule } from '../modules/exams/domain/paper-structure';
import { DEFAULT_REVIEW_POLICY } from '../modules/exams/domain/review-policy';
import { execute, queryRows } from '../platform/database/query';

/**
 * The month's quiz: 20 questions drawn per person, 5 points each, from one topic of each bank that the
 * department reserves for it (考试题). The rest of every bank stays practice material (练习题), so staff
 * can practise all month while the quiz is open (decisions §11).
 */
const EXAM_TOPICS: Record<string, string> = {
  'laws-regulations': '实施条例',
  'industry-supply-policy': '行业政策',
  'v3-operation': '订单管理',
  'daily-business': '经营指导',
  'market-forecasting': '预测准确率',
  'service-communication': '政策宣传',
};

const RULES: Array<Omit<BlueprintRule, 'bankId' | 'categoryPath'> & { bankKey: keyof typeof EXAM_TOPICS }> = [
  { bankKey: 'laws-regulations', type: 'single', count: 4, points: 5 },
  { bankKey: 'laws-regulations', type: 'true_false', count: 2, points: 5 },
  { bankKey: 'industry-supply-policy', type: 'single', count: 3, points: 5 },
  { bankKey: 'industry-supply-policy', type: 'multiple', count: 2, points: 5 },
  { bankKey: 'v3-operation', type: 'single', count: 3, points: 5 },
  { bankKey: 'v3-operation', type: 'ordering', count: 1, points: 5 },
  { bankKey: 'daily-business', type: 'numeric', count: 1, points: 5 },
  { bankKey: 'daily-business', type: 'single', count: 2, points: 5 },
  { bankKey: 'market-forecasting', type: 'numeric', count: 1, points: 5 },
  { bankKey: 'service-communication', type: 'fill_blank', count: 1, points: 5 },
];

/** Opens at seeding time for 30 days, for every staff member of the department. */
export async function seedDemoExam(manager: EntityManager, departmentUnitId: string, now = new Date()): Promise<string> {
  const banks = await queryRows<{ id: string; key: string }>(manager, 'SELECT id, key FROM question_bank WHERE key IS NOT NULL');
  const bankId = new Map(banks.map((b) => [b.key, b.id]));
  for (const [bankKey, path] of Object.entries(EXAM_TOPICS)) {
    const [{ n }] = await manager.query<[{ n: string }]>(
      `WITH marked AS (UPDATE question_category SET purpose = 'exam' WHERE bank_id = $1 AND path = $2 RETURNING id) SELECT count(*) AS n FROM marked`,
      [bankId.get(bankKey), path],
    );
    if (Number(n) !== 1) throw new Error(`demo exam topic ${bankKey}/${path} not found`);
  }
  const rules: BlueprintRule[] = RULES.map(({ bankKey, ...rule }) => ({
    ...rule,
    bankId: bankId.get(bankKey)!,
    categoryPath: EXAM_TOPICS[bankKey],
  }));
  const month = `${now.getFullYear()}年${now.getMonth() + 1}月`;
  const [{ id: paperId }] = await queryRows<{ id: string }>(
    manager,
    `INSERT INTO paper (title, description, kind, structure, multiple_rule, partial_credit, owner_unit_id)
     VALUES ($1, $2, 'blueprint', $3, 'partial_half', true, $4) RETURNING id`,
    [
      `${month} 营销人员月度测验`,
      '本月考试题：专卖法实施条例、行业政策、V3订单管理、经营指导、预测准确率、政策宣传，每人随机抽题。',
      JSON.stringify({ kind: 'blueprint', rules }),
      departmentUnitId,
    ],
  );
  const [{ id: sittingId }] = await queryRows<{ id: string }>(
    manager,
    `INSERT INTO sitting (paper_id, title, opens_at, closes_at, duration_minutes, attempts_allowed, grading_method, pass_percent,
                          shuffle_questions, review_policy, owner_unit_id)
     VALUES ($1, $2, $3, $4, 30, 1, 'highest', 60, true, $5, $6) RETURNING id`,
    [
      paperId,
      `${month} 月度测验`,
      now,
      new Date(now.getTime() + 30 * 24 * 3600 * 1000),
      JSON.stringify(DEFAULT_REVIEW_POLICY),
      departmentUnitId,
    ],
  );
  await execute(manager, `INSERT INTO sitting_assignee (sitting_id, unit_id, role) VALUES ($1, $2, 'staff')`, [
    sittingId,
    departmentUnitId,
  ]);
  return sittingId;
}
