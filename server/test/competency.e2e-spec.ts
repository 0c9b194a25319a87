import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Response } from 'superagent';
import { CompetencyProjector } from '../src/modules/competency/application/competency-projector';
import { readSheet } from '../src/platform/files/xlsx-sheet';
import { createTestApp, TestApp } from './support/test-app';

const asBuffer = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  (res as unknown as NodeJS.ReadableStream).on('data', (c: Buffer) => chunks.push(c));
  (res as unknown as NodeJS.ReadableStream).on('end', () => cb(null, Buffer.concat(chunks)));
};

interface Item {
  dimension: string | null;
  score: number;
  points: number;
}

type Level = { dimension: string; level: number | null; target: number; gap: number | null; status: string; items: number };

describe(`the competency record (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let projector: CompetencyProjector;
  const ids = new Map<string, string>();
  const units = new Map<string, string>();
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const level = (levels: Level[], dimension: string) => levels.find((d) => d.dimension === dimension)!;

  /** Writes an exam.attempt_graded event the way the exams module does, here for a quiz that never ran. */
  const gradedEvent = (username: string, at: string, items: Item[], attemptId: string = randomUUID(), gradedAt: string = at) => ({
    attemptId,
    sittingId: randomUUID(),
    sittingTitle: `专项测验 ${at.slice(0, 7)}`,
    userId: ids.get(username)!,
    submittedAt: at,
    gradedAt,
    score: items.reduce((s, i) => s + i.score, 0),
    maxScore: items.reduce((s, i) => s + i.points, 0),
    items: items.map((item, n) => ({
      slot: n + 1,
      questionId: randomUUID(),
      version: 1,
      fraction: item.points ? item.score / item.points : 0,
      ...item,
    })),
  });
  /** A dimension's points spread over five questions: enough evidence (five items, ten points) when points ≥ 10. */
  const five = (dimension: string | null, score: number, points: number): Item[] =>
    Array.from({ length: 5 }, () => ({ dimension, score: score / 5, points: points / 5 }));
  const publish = async (payload: object) => {
    await t.dataSource.query(`INSERT INTO domain_event (type, payload) VALUES ('exam.attempt_graded', $1)`, [JSON.stringify(payload)]);
  };
  /**
   * Drains until `expected` events are applied. The reader waits for every older writing
   * transaction of the cluster, other databases' included, so on a shared PostgreSQL another test
   * file's open transaction can hold an event back for a moment.
   */
  const drainExpecting = async (expected: number, drain = () => projector.drain()) => {
    let applied = 0;
    for (const until = Date.now() + 20_000; applied < expected && Date.now() < until;) {
      applied += await drain();
      if (applied < expected) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return applied;
  };
  const evidenceOf = (sourceId: string) =>
    t.dataSource.query<Array<{ dimension: string; points: number; max_points: number }>>(
      'SELECT dimension, points::float8 AS points, max_points::float8 AS max_points FROM competency_evidence WHERE source_id = $1 ORDER BY dimension',
      [sourceId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    projector = t.app.get(CompetencyProjector);
    for (const u of await t.dataSource.query<Array<{ id: string; username: string }>>('SELECT id, username FROM app_user'))
      ids.set(u.username, u.id);
    for (const u of await t.dataSource.query<Array<{ id: string; name: string }>>('SELECT id, name FROM org_unit')) units.set(u.name, u.id);
  });
  afterAll(() => t.close());

  describe('evidence from a graded exam', () => {
    let attemptId: string;
    let score: number;

    beforeAll(async () => {
      await projector.drain();
      const staff01 = await as('staff01');
      const sittingId = (await t.http.get('/api/me/exams').set(staff01).expect(200)).body[0].sittingId;
      const attempt = (await t.http.post(`/api/exams/${sittingId}/attempts`).set(staff01).expect(201)).body;
      attemptId = attempt.id;
      for (const q of attempt.questions as Array<{
        slot: number;
        type: string;
        options?: Array<{ id: string }>;
        items?: Array<{ id: string }>;
        blanks?: number;
      }>) {
        const answer = {
          single: q.options?.[0].id,
          multiple: [q.options?.[0].id],
          true_false: true,
          numeric: 42,
          ordering: q.items?.map((i) => i.id),
          fill_blank: Array.from({ length: q.blanks ?? 1 }, () => '答案'),
        }[q.type];
        await t.http.put(`/api/attempts/${attemptId}/answers/${q.slot}`).set(staff01).send({ answer, seq: 1 }).expect(200);
      }
      await t.http.post(`/api/attempts/${attemptId}/submit`).set(staff01).expect(200);
      score = (await t.http.get(`/api/attempts/${attemptId}/result`).set(staff01).expect(200)).body.score;
    });

    it('shows the submitted exam in the record, per dimension, with level = points / points at stake', async () => {
      expect(await drainExpecting(1)).toBe(1);
      const record = (
        await t.http
          .get(`/api/competency/people/${ids.get('staff01')}`)
          .set(await as('staff01'))
          .expect(200)
      ).body;
      expect(record.person).toMatchObject({ userId: ids.get('staff01'), username: 'staff01', displayName: '王建国', unitName: '城中一组' });
      expect(record.windowMonths).toBe(3);
      const evidence = record.recentEvidence as Array<{
        dimension: string;
        points: number;
        maxPoints: number;
        items: number;
        sourceTitle: string;
        sourceKind: string;
      }>;
      expect(evidence.length).toBeGreaterThanOrEqual(5);
      expect(evidence.reduce((s, e) => s + e.maxPoints, 0)).toBeCloseTo(100, 6);
      expect(evidence.reduce((s, e) => s + e.points, 0)).toBeCloseTo(score, 2);
      expect(evidence.reduce((s, e) => s + e.items, 0)).toBe(20);
      expect(evidence[0]).toMatchObject({ sourceKind: 'exam', sourceTitle: expect.stringMatching(/月度测验$/) });
      for (const e of evidence) {
        const current = level(record.current, e.dimension);
        if (e.items >= 5 && e.maxPoints >= 10) {
          expect(current.level).toBeCloseTo(e.points / e.maxPoints, 4);
          expect(current.status).toBe(e.points / e.maxPoints >= 0.75 ? 'met' : 'below');
        } else {
          // 证据不足: a few questions of a subject show no level
          expect(current).toMatchObject({ level: null, status: 'insufficient', items: e.items });
        }
      }
      expect(record.current).toHaveLength(8);
      expect(record.history).toHaveLength(12);
      expect(record.history.at(-1).dimensions.filter((d: Level) => d.status !== 'no_evidence')).toHaveLength(evidence.length);
      expect(record.basis).toBe('exam_score_rate');
      expect(record.minimum).toEqual({ items: 5, points: 10 });
      expect(record.evidenceByKind).toEqual([
        { kind: 'exam', sources: 1, items: 20, points: expect.any(Number), maxPoints: 100, makeups: 0 },
      ]);
      expect(evidence[0]).toMatchObject({ sourceId: attemptId, sourceGroup: expect.any(String), makeup: false, countedShare: 1 });
    });

    it("carries the sitting's grading method and the attempts its score counts in the event", async () => {
      const [event] = await t.dataSource.query<Array<{ payload: Record<string, unknown> }>>(
        `SELECT payload FROM domain_event WHERE type = 'exam.attempt_graded' AND payload->>'attemptId' = $1 ORDER BY id LIMIT 1`,
        [attemptId],
      );
      expect(event.payload).toMatchObject({ gradingMethod: 'highest', makeupOf: null, counted: [{ attemptId, share: 1 }] });
    });

    it('applies nothing new when drained again', async () => {
      expect(await projector.drain()).toBe(0);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM competency_evidence WHERE source_id = $1`, [attemptId]);
      expect(n).toBeGreaterThanOrEqual(5);
    });

    it('replaces the evidence when a key correction re-grades the attempt, never adds to it', async () => {
      const before = await evidenceOf(attemptId);
      const [slot] = await t.dataSource.query<
        Array<{ question_id: string; answer: string; key: string; options: Array<{ id: string }>; dimension: string }>
      >(
        `SELECT s.question_id, s.answer, v.content->'answer' AS key, v.content->'options' AS options, v.content->>'dimension' AS dimension
           FROM attempt_slot s JOIN question_version v ON v.question_id = s.question_id AND v.version = s.question_version
          WHERE s.attempt_id = $1 AND v.content->>'type' = 'single' ORDER BY s.slot LIMIT 1`,
        [attemptId],
      );
      // staff01 chose the first option everywhere: make that the key, or, when it already was, another one
      const newKey = slot.answer === slot.key ? slot.options.find((o) => o.id !== slot.answer)!.id : slot.answer;
      const res = await t.http
        .post(`/api/questions/${slot.question_id}/key-correction`)
        .set(await as('trainer'))
        .send({ answer: newKey, note: '原答案有误' })
        .expect(200);
      expect(res.body.regraded).toBeGreaterThanOrEqual(1);
      expect(await drainExpecting(1)).toBeGreaterThanOrEqual(1);
      const after = await evidenceOf(attemptId);
      expect(after.map((e) => e.dimension)).toEqual(before.map((e) => e.dimension));
      const changed = after.find((e) => e.dimension === slot.dimension)!;
      const was = before.find((e) => e.dimension === slot.dimension)!;
      expect(Math.abs(changed.points - was.points)).toBeCloseTo(5, 6);
      const newScore = (
        await t.http
          .get(`/api/attempts/${attemptId}/result`)
          .set(await as('staff01'))
          .expect(200)
      ).body.score;
      expect(after.reduce((s, e) => s + e.points, 0)).toBeCloseTo(newScore, 2);
      const record = (
        await t.http
          .get(`/api/competency/people/${ids.get('staff01')}`)
          .set(await as('staff01'))
          .expect(200)
      ).body;
      const current = level(record.current, slot.dimension);
      if (current.status === 'insufficient') expect(current.level).toBeNull();
      else expect(current.level).toBeCloseTo(changed.points / changed.max_points, 4);
    });
  });

  describe('reading the outbox', () => {
    it('applies each event once when two drains race', async () => {
      const attempts = ['staff02', 'staff03', 'staff04', 'staff05'].map((u) =>
        gradedEvent(u, '2019-03-10T02:00:00Z', [{ dimension: '日常业务', score: 3, points: 5 }]),
      );
      for (const a of attempts) await publish(a);
      const race = async () => (await Promise.all([projector.drain(), projector.drain()])).reduce((x, y) => x + y);
      expect(await drainExpecting(4, race)).toBe(4);
      for (const attempt of attempts)
        expect(await evidenceOf(attempt.attemptId)).toEqual([{ dimension: '日常业务', points: 3, max_points: 5 }]);
      expect(await projector.drain()).toBe(0);
    });

    it('passes over a malformed event without holding up the ones behind it', async () => {
      await publish({ attemptId: 'not-an-attempt', items: 'none' });
      const good = gradedEvent('staff05', '2019-04-10T02:00:00Z', [{ dimension: '营销知识', score: 1, points: 2 }]);
      await publish(good);
      expect(await drainExpecting(1)).toBe(1);
      expect(await evidenceOf(good.attemptId)).toHaveLength(1);
      expect(await projector.drain()).toBe(0);
    });

    it('keeps the later grading when two gradings of one attempt arrive in the opposite order', async () => {
      const attemptId = randomUUID();
      const later = gradedEvent(
        'staff06',
        '2019-05-10T02:00:00Z',
        [{ dimension: '法律法规', score: 8, points: 10 }],
        attemptId,
        '2019-05-12T00:00:00Z',
      );
      const earlier = gradedEvent(
        'staff06',
        '2019-05-10T02:00:00Z',
        [{ dimension: '法律法规', score: 2, points: 10 }],
        attemptId,
        '2019-05-11T00:00:00Z',
      );
      await publish(later);
      await publish(earlier);
      expect(await drainExpecting(2)).toBe(2);
      expect(await evidenceOf(attemptId)).toEqual([{ dimension: '法律法规', points: 8, max_points: 10 }]);
      await publish(earlier); // and in a batch of its own
      expect(await drainExpecting(1)).toBe(1);
      expect(await evidenceOf(attemptId)).toEqual([{ dimension: '法律法规', points: 8, max_points: 10 }]);
    });

    const onPostgres = process.env.KAOPING_TEST_ENGINE === 'postgres' ? it : it.skip;
    onPostgres('does not skip an event whose transaction commits after a later one', async () => {
      const early = gradedEvent('staff07', '2019-06-10T02:00:00Z', [{ dimension: 'V3系统操作', score: 4, points: 5 }]);
      const late = gradedEvent('staff08', '2019-06-10T02:00:00Z', [{ dimension: 'V3系统操作', score: 1, points: 5 }]);
      const client = new Client({ connectionString: t.db.url });
      await client.connect();
      try {
        await client.query('BEGIN');
        await client.query(`INSERT INTO domain_event (type, payload) VALUES ('exam.attempt_graded', $1)`, [JSON.stringify(early)]);
        await publish(late);
        expect(await projector.drain()).toBe(0);
        await client.query('COMMIT');
      } finally {
        await client.end();
      }
      expect(await drainExpecting(2)).toBe(2);
      expect(await evidenceOf(early.attemptId)).toHaveLength(1);
      expect(await evidenceOf(late.attemptId)).toHaveLength(1);
    });
  });

  describe('who sees what', () => {
    const person = async (viewer: string, username: string, status: number) =>
      t.http
        .get(`/api/competency/people/${ids.get(username)}`)
        .set(await as(viewer))
        .expect(status);
    const unit = async (viewer: string, name: string, status: number) =>
      t.http
        .get(`/api/competency/units/${units.get(name)}`)
        .set(await as(viewer))
        .expect(status);

    it('shows staff their own record and no colleague’s, not even that it exists', async () => {
      await person('staff01', 'staff01', 200);
      const other = await person('staff01', 'staff02', 404);
      expect(other.body.message).toBe('人员不存在或不在您的管理范围内');
      await t.http
        .get(`/api/competency/people/${randomUUID()}`)
        .set(await as('trainer'))
        .expect(404);
      await unit('staff01', '城中一组', 403);
    });

    it('keeps a subtree manager to their subtree, people and units alike', async () => {
      await person('manager-cz', 'staff01', 200);
      await person('manager-cz', 'staff16', 404);
      await unit('manager-cz', '城中客户服务部', 200);
      await unit('manager-cz', '城郊客户服务部', 404);
      await unit('manager-cz', '营销部', 404);
    });

    it('lets the department trainer and manager see every unit and person', async () => {
      for (const viewer of ['trainer', 'manager', 'admin']) {
        await person(viewer, 'staff16', 200);
        await unit(viewer, '城郊一组', 200);
        await unit(viewer, '营销部', 200);
      }
    });
  });

  describe("a unit's overview", () => {
    // 城中二组 is staff09–15; the window ending 2020-02 covers 2019-12, 2020-01 and 2020-02
    beforeAll(async () => {
      await publish(gradedEvent('staff09', '2020-01-10T02:00:00Z', [...five('法律法规', 6, 10), ...five('日常业务', 10, 10)]));
      await publish(gradedEvent('staff10', '2020-01-10T02:00:00Z', five('法律法规', 9, 10)));
      await publish(gradedEvent('staff11', '2019-11-10T02:00:00Z', five('法律法规', 0, 10)));
      await publish(gradedEvent('staff12', '2019-12-10T02:00:00Z', five('法律法规', 3, 10)));
      await publish(
        gradedEvent('staff12', '2020-02-20T02:00:00Z', [...five('V3系统操作', 5, 10), { dimension: null, score: 5, points: 5 }]),
      );
      // one perfect answer is not a level
      await publish(gradedEvent('staff13', '2020-02-21T02:00:00Z', [{ dimension: '法律法规', score: 2, points: 2 }]));
      expect(await drainExpecting(6)).toBe(6);
    });

    it('pools the points of the window across the subtree and counts the people below target', async () => {
      const res = (
        await t.http
          .get(`/api/competency/units/${units.get('城中二组')}?month=2020-02`)
          .set(await as('manager-cz'))
          .expect(200)
      ).body;
      expect(res).toMatchObject({
        unitId: units.get('城中二组'),
        unitName: '城中二组',
        month: '2020-02',
        windowMonths: 3,
        people: 7,
        total: 7,
        basis: 'exam_score_rate',
        minimum: { items: 5, points: 10 },
      });
      expect(res.dimensions).toHaveLength(8);
      // staff13's single question is not enough evidence: neither assessed nor pooled
      expect(level(res.dimensions, '法律法规')).toEqual({ dimension: '法律法规', target: 0.75, level: 0.6, assessed: 3, below: 2 });
      expect(level(res.dimensions, '日常业务')).toEqual({ dimension: '日常业务', target: 0.75, level: 1, assessed: 1, below: 0 });
      expect(level(res.dimensions, 'V3系统操作')).toEqual({ dimension: 'V3系统操作', target: 0.75, level: 0.5, assessed: 1, below: 1 });
      expect(level(res.dimensions, '营销知识')).toEqual({ dimension: '营销知识', target: 0.75, level: null, assessed: 0, below: 0 });
    });

    it('lists people with the most gaps first, and those without enough evidence never below someone at 60 %', async () => {
      const res = (
        await t.http
          .get(`/api/competency/units/${units.get('城中二组')}?month=2020-02&pageSize=7`)
          .set(await as('trainer'))
          .expect(200)
      ).body;
      const order = res.page.map((p: { username: string; gaps: number; unassessed: number }) => [p.username, p.gaps, p.unassessed]);
      expect(order[0]).toEqual(['staff12', 2, 6]);
      // everyone else without a level anywhere (staff11's quiz is out of the window, staff13's one question too little) comes next
      expect(
        order
          .slice(1, 5)
          .map((o: unknown[]) => o[0])
          .sort(),
      ).toEqual(['staff11', 'staff13', 'staff14', 'staff15']);
      expect(order.slice(1, 5).every((o: unknown[]) => o[1] === 0 && o[2] === 8)).toBe(true);
      expect(order.slice(5)).toEqual([
        ['staff09', 1, 6],
        ['staff10', 0, 7],
      ]);
      const staff12 = res.page[0];
      expect(staff12).toMatchObject({ userId: ids.get('staff12'), displayName: expect.any(String), unitName: '城中二组' });
      expect(staff12.dimensions).toHaveLength(8);
      expect(level(staff12.dimensions, '法律法规')).toMatchObject({ level: 0.3, gap: 0.45, status: 'below', items: 5 });
      const staff13 = res.page.find((p: { username: string }) => p.username === 'staff13');
      expect(level(staff13.dimensions, '法律法规')).toMatchObject({ level: null, status: 'insufficient', items: 1, pointsAtStake: 2 });
      const last = (
        await t.http
          .get(`/api/competency/units/${units.get('城中二组')}?month=2020-02&pageSize=2&page=4`)
          .set(await as('trainer'))
          .expect(200)
      ).body;
      expect(last.page.map((p: { username: string }) => p.username)).toEqual(['staff10']);
    });

    it('moves the window with the month: evidence older than three months no longer counts', async () => {
      const res = (
        await t.http
          .get(`/api/competency/units/${units.get('城中二组')}?month=2020-04`)
          .set(await as('trainer'))
          .expect(200)
      ).body;
      expect(level(res.dimensions, '法律法规')).toMatchObject({ level: null, assessed: 0 });
      expect(level(res.dimensions, 'V3系统操作')).toMatchObject({ level: 0.5, assessed: 1 });
    });

    it("keeps each month of a person's history on its own", async () => {
      const res = (
        await t.http
          .get(`/api/competency/people/${ids.get('staff12')}?month=2020-02&months=3`)
          .set(await as('manager-cz'))
          .expect(200)
      ).body;
      expect(res.history.map((h: { month: string }) => h.month)).toEqual(['2019-12', '2020-01', '2020-02']);
      expect(level(res.history[0].dimensions, '法律法规')).toMatchObject({ level: 0.3, status: 'below' });
      expect(res.history[1].dimensions.every((d: Level) => d.status === 'no_evidence')).toBe(true);
      expect(level(res.history[2].dimensions, 'V3系统操作')).toMatchObject({ level: 0.5, items: 5 });
      expect(level(res.current, '法律法规')).toMatchObject({ level: 0.3 });
      expect(res.recentEvidence.map((e: { dimension: string }) => e.dimension)).toEqual(['V3系统操作', '法律法规']);
    });

    it('exports every staff member of the subtree with level and gap per dimension', async () => {
      const res = await t.http
        .get(`/api/competency/units/${units.get('城中客户服务部')}/export?month=2020-02`)
        .set(await as('manager-cz'))
        .buffer(true)
        .parse(asBuffer)
        .expect(200);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent('能力档案_城中客户服务部_2020-02.xlsx'));
      const sheet = await readSheet(res.body as Buffer);
      expect(sheet.rows).toHaveLength(15);
      expect(sheet.headers).toEqual(
        expect.arrayContaining(['单位', '姓名', '用户名', '法律法规 得分率(%)', '法律法规 差距(%)', '未达标维度数', '证据不足维度数']),
      );
      const staff12 = sheet.rows.find((r) => r.values['用户名'] === 'staff12')!;
      expect(staff12.values).toMatchObject({
        '法律法规 得分率(%)': '30',
        '法律法规 差距(%)': '45',
        'V3系统操作 得分率(%)': '50',
        '营销知识 得分率(%)': '证据不足',
        未达标维度数: '2',
        证据不足维度数: '6',
      });
    });
  });
});
