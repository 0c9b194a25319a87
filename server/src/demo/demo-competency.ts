import type { EntityManager } from 'typeorm';
import { COMPETENCY_DIMENSIONS, type CompetencyDimension } from '../modules/competency/domain/competency-dimensions';
import { windowsTouchedBy } from '../modules/competency/domain/evidence-window';
import { CompetencyRepository } from '../modules/competency/persistence/competency.repository';
import { addMonths, monthOf, monthRange } from '../platform/calendar/month';
import { DEMO_USERS } from './demo-organisation';
import { execute, queryRows } from '../platform/database/query';

const MONTHS = 6;
const POINTS_PER_ITEM = 5;
/** A monthly quiz of 20 questions, as the department writes them: most on the law and the policies. */
const QUIZ: Record<CompetencyDimension, number> = {
  行业政策: 3,
  供货政策: 3,
  法律法规: 4,
  V3系统操作: 3,
  日常业务: 3,
  营销知识: 2,
  社交礼仪与沟通: 1,
  市场分析与预测: 1,
};
/** Where the department is weaker, so the record has gaps to show. */
const DIFFICULTY: Partial<Record<CompetencyDimension, number>> = { V3系统操作: 0.12, 市场分析与预测: 0.15, 供货政策: 0.06 };

interface DemoEvidence {
  userId: string;
  sourceId: string;
  title: string;
  dimension: CompetencyDimension;
  occurredAt: Date;
  month: string;
  points: number;
  maxPoints: number;
  items: number;
}

/**
 * Six months of monthly quiz results for every demo staff member, before the month of `now`:
 * deterministic, each person with their own strengths, most improving a little month by month,
 * now and then one missing a quiz. Written straight into the ledger (and its windows), as if the
 * quizzes had been taken and the projector had applied them.
 */
export async function seedDemoCompetency(manager: EntityManager, now: Date): Promise<number> {
  const staff = DEMO_USERS.filter((u) => u.roles.includes('staff')).map((u) => u.username);
  const users = await queryRows<{ id: string; username: string }>(
    manager,
    'SELECT id, username FROM app_user WHERE username = ANY($1) ORDER BY username',
    [staff],
  );
  const current = monthOf(now);
  const months = monthRange(addMonths(current, -MONTHS), addMonths(current, -1));
  const evidence = users.flatMap((user) => demoEvidence(user.id, user.username, months));
  if (evidence.length === 0) return 0;
  await execute(
    manager,
    `INSERT INTO competency_evidence (user_id, source_kind, source_id, source_title, dimension, occurred_at, month, recorded_at, points, max_points, items)
     SELECT r.user_id, 'exam', r.source_id, r.title, r.dimension, r.occurred_at, r.month, r.occurred_at, r.points, r.max_points, r.items
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::date[], $7::numeric[], $8::numeric[], $9::int[])
            AS r(user_id, source_id, title, dimension, occurred_at, month, points, max_points, items)
     ON CONFLICT (source_kind, source_id, dimension) DO NOTHING`,
    [
      evidence.map((e) => e.userId),
      evidence.map((e) => e.sourceId),
      evidence.map((e) => e.title),
      evidence.map((e) => e.dimension),
      evidence.map((e) => e.occurredAt),
      evidence.map((e) => e.month),
      evidence.map((e) => e.points),
      evidence.map((e) => e.maxPoints),
      evidence.map((e) => e.items),
    ],
  );
  const repository = new CompetencyRepository(manager.connection);
  await repository.refreshWindows(windowsTouchedBy(evidence), manager);
  return evidence.length;
}

function demoEvidence(userId: string, username: string, months: string[]): DemoEvidence[] {
  const random = prng(username);
  const ability = 0.58 + random() * 0.34;
  const strengths = new Map(COMPETENCY_DIMENSIONS.map((d) => [d, (random() - 0.5) * 0.3 - (DIFFICULTY[d] ?? 0)]));
  const progress = random() * 0.025;
  const day = 8 + Math.floor(random() * 12);
  return months.flatMap((month, n) => {
    if (random() < 0.08) return []; // away that month
    const [year, m] = month.split('-').map(Number);
    const occurredAt = new Date(`${month.slice(0, 8)}${String(day).padStart(2, '0')}T09:30:00+08:00`);
    return COMPETENCY_DIMENSIONS.map((dimension) => {
      const chance = clamp(ability + strengths.get(dimension)! + progress * n, 0.2, 0.98);
      let points = 0;
      for (let i = 0; i < QUIZ[dimension]; i++) {
        const draw = random();
        points += draw < chance ? POINTS_PER_ITEM : draw < chance + 0.1 ? POINTS_PER_ITEM / 2 : 0;
      }
      return {
        userId,
        sourceId: `demo-${month.slice(0, 7)}-${username}`,
        title: `${year}年${m}月 月度业务测验`,
        dimension,
        occurredAt,
        month,
        points,
        maxPoints: QUIZ[dimension] * POINTS_PER_ITEM,
        items: QUIZ[dimension],
      };
    });
  });
}

/** mulberry32 seeded from the text (FNV-1a): the same demo on every machine. */
function prng(seed: string): () => number {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
