import { randomUUID } from 'node:crypto';
import type { Test } from 'supertest';
import { createTestApp, CREATED_USER_PASSWORD, TestApp } from '../support/test-app';

interface Operation {
  'x-roles'?: string[];
  requestBody?: unknown;
}

/** Bodies that break every attempt route's rules in a different way: the answer's shape, the DTO, unknown fields, no object at all. */
const MALFORMED_BODIES: unknown[] = [
  { answer: ['A', 'B', 'C'], seq: 5 },
  { answer: { L1: 'R9' }, seq: 'x', kind: 'nope', score: -1, bogus: true },
  {},
  ['not', 'an', 'object'],
];

/**
 * Existence and ownership come before the body on every route of an attempt, taken from the OpenAPI
 * document so a new one cannot slip past: a colleague's attempt (a trainer of another unit's, for
 * the marker's routes) or one that does not exist answers 404 whatever the body — never a 400
 * that tells the caller about its questions.
 */
describe(`attempt routes: 404 before the body (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let operations: Array<{ method: string; path: string; op: Operation }>;
  let attemptId: string;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  beforeAll(async () => {
    t = await createTestApp();
    const doc = (await t.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, Operation>> };
    operations = Object.entries(doc.paths)
      .filter(([path]) => path.includes('{attemptId}'))
      .flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ method, path, op })));

    const admin = await as('admin');
    const units = (await t.http.get('/api/units').set(admin)).body as Array<{ id: string; name: string }>;
    const unit = (name: string) => units.find((u) => u.name === name)!.id;
    for (const [username, unitName] of [
      ['trainer-cz', '城中客户服务部'],
      ['trainer-cj', '城郊客户服务部'],
    ] as const) {
      await t.http
        .post('/api/users')
        .set(admin)
        .send({ username, displayName: username, password: CREATED_USER_PASSWORD, roles: ['trainer'], unitId: unit(unitName) })
        .expect(201);
    }
    const cz = await as('trainer-cz');
    const bank = (await t.http.post('/api/question-banks').set(cz).send({ name: '城中题库' }).expect(201)).body.id as string;
    const single = await t.http
      .post(`/api/question-banks/${bank}/questions`)
      .set(cz)
      .send({
        type: 'single',
        stem: '城中单选题',
        options: [
          { id: 'A', text: '甲' },
          { id: 'B', text: '乙' },
        ],
        answer: 'A',
      })
      .expect(201);
    const paper = (
      await t.http
        .post('/api/papers')
        .set(cz)
        .send({ title: '城中卷', kind: 'fixed', sections: [{ title: '一', slots: [{ questionId: single.body.id, points: 10 }] }] })
        .expect(201)
    ).body.id as string;
    const sitting = (
      await t.http
        .post('/api/sittings')
        .set(cz)
        .send({
          paperId: paper,
          title: '城中测验',
          opensAt: new Date(Date.now() - 1000).toISOString(),
          closesAt: new Date(Date.now() + 3600_000).toISOString(),
          durationMinutes: 10,
          assignees: [{ unitId: unit('城中客户服务部'), role: 'staff' }],
        })
        .expect(201)
    ).body.id as string;
    attemptId = (
      await t.http
        .post(`/api/exams/${sitting}/attempts`)
        .set(await as('staff01'))
        .expect(201)
    ).body.id as string;
  });
  afterAll(() => t.close());

  /** The candidate's colleague on the candidate's routes; another unit's trainer on the marker's. */
  const outsiderFor = (op: Operation) => (!op['x-roles'] || op['x-roles'].includes('staff') ? 'staff02' : 'trainer-cj');

  const call = async (method: string, path: string, op: Operation, id: string, body: unknown): Promise<number> => {
    let request: Test = (t.http as unknown as Record<string, (u: string) => Test>)
      [method](path.replace('{attemptId}', id).replace('{slot}', '1'))
      .set(await as(outsiderFor(op)));
    if (op.requestBody) request = request.send(body as object);
    return (await request).status;
  };

  it('covers the candidate’s routes and the marker’s', () => {
    const routes = operations.map(({ method, path }) => `${method} ${path}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'put /api/attempts/{attemptId}/answers/{slot}',
        'post /api/attempts/{attemptId}/events',
        'post /api/grading/attempts/{attemptId}/slots/{slot}',
      ]),
    );
  });

  it('answers 404 for someone else’s attempt whatever the body', async () => {
    const seen: string[] = [];
    for (const { method, path, op } of operations) {
      for (const body of op.requestBody ? MALFORMED_BODIES : [undefined]) {
        const status = await call(method, path, op, attemptId, body);
        if (status !== 404) seen.push(`${method.toUpperCase()} ${path} as ${outsiderFor(op)} with ${JSON.stringify(body)}: ${status}`);
      }
    }
    expect(seen).toEqual([]);
  });

  it('answers 404 for an attempt that does not exist whatever the body', async () => {
    const seen: string[] = [];
    for (const { method, path, op } of operations) {
      for (const body of op.requestBody ? MALFORMED_BODIES : [undefined]) {
        const status = await call(method, path, op, randomUUID(), body);
        if (status !== 404) seen.push(`${method.toUpperCase()} ${path} with ${JSON.stringify(body)}: ${status}`);
      }
    }
    expect(seen).toEqual([]);
  });

  it('still checks the owner’s own body: a wrong answer shape is their 400', async () => {
    const res = await t.http
      .put(`/api/attempts/${attemptId}/answers/1`)
      .set(await as('staff01'))
      .send({ answer: ['A', 'B', 'C'], seq: 5 });
    expect([res.status, res.body.message]).toEqual([400, expect.stringMatching(/^answer: /)]);
  });
});
