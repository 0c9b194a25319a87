import { COMPETENCY_DIMENSIONS } from '../src/modules/question-bank/domain/question-draft';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The demo as a department would run it: the monthly quiz draws from the topics reserved for it
 * (考试题), and staff practise the rest of the banks while it is open (decisions §11).
 */
describe(`the demo's monthly quiz and practice (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('lets a staff member practise while the monthly quiz is open, never with a question the quiz can draw', async () => {
    const [exam] = (
      await t.http
        .get('/api/me/exams')
        .set(await as('staff12'))
        .expect(200)
    ).body as Array<{ sittingId: string; status: string }>;
    expect(exam.status).toBe('open');
    // the quiz draws from reserved topics, not whole banks
    const [{ structure }] = await t.dataSource.query(
      `SELECT p.structure FROM sitting s JOIN paper p ON p.id = s.paper_id WHERE s.id = $1`,
      [exam.sittingId],
    );
    const rules = structure.rules as Array<{ bankId: string; type: string; categoryPath?: string }>;
    expect(rules.every((r) => r.categoryPath)).toBe(true);
    const pool = new Set(
      (
        await t.dataSource.query<Array<{ id: string }>>(
          `SELECT DISTINCT q.id FROM question q JOIN question_category c ON c.id = q.category_id, jsonb_array_elements($1::jsonb) r
            WHERE q.bank_id = (r->>'bankId')::uuid AND q.type = r->>'type' AND (c.path = r->>'categoryPath' OR starts_with(c.path, (r->>'categoryPath') || '/'))`,
          [JSON.stringify(rules)],
        )
      ).map((row) => row.id),
    );
    expect(pool.size).toBeGreaterThanOrEqual(40);
    // a colleague sits it: the draw works from the reserved topics alone
    const attempt = (
      await t.http
        .post(`/api/exams/${exam.sittingId}/attempts`)
        .set(await as('staff13'))
        .expect(201)
    ).body as { questions: unknown[] };
    expect(attempt.questions).toHaveLength(20);

    const h = await as('staff12');
    const served: Array<{ questionId: string; dimension?: string }> = [];
    for (const dimension of COMPETENCY_DIMENSIONS) {
      for (let round = 0; round < 3; round++)
        served.push(
          ...(
            await t.http
              .get(`/api/me/practice?source=dimension&dimension=${encodeURIComponent(dimension)}&count=50`)
              .set(h)
              .expect(200)
          ).body,
        );
    }
    const servedIds = new Set(served.map((q) => q.questionId));
    expect(servedIds.size).toBeGreaterThanOrEqual(100);
    expect([...servedIds].filter((id) => pool.has(id))).toEqual([]);
  });
});
