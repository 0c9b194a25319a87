import type { Test } from 'supertest';
import { createTestApp, TestApp } from '../support/test-app';

interface Operation {
  'x-public'?: boolean;
  'x-roles'?: string[];
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: { enum?: string[] } }>;
  requestBody?: { content: Record<string, unknown> };
}

type Role = 'staff' | 'trainer' | 'manager' | 'admin';
/** Whose resource, seen from the caller: their own, a colleague's in the same unit, another unit's. */
type Home = 'own' | 'colleague' | 'other';
type Kind = 'user' | 'unit' | 'bank' | 'question' | 'paper' | 'sitting' | 'attempt' | 'person' | 'reportUnit';

const HOMES: Home[] = ['own', 'colleague', 'other'];

/** The kind of resource a path's parameter names; a path missing here fails the test, so no new endpoint escapes. */
const KIND_OF_PATH: Array<[RegExp, Kind]> = [
  [/^\/api\/users\/\{id\}/, 'user'],
  [/^\/api\/units\/\{id\}/, 'unit'],
  [/^\/api\/question-banks\/\{bankId\}/, 'bank'],
  [/^\/api\/questions\/\{id\}/, 'question'],
  [/^\/api\/papers\/\{id\}/, 'paper'],
  [/^\/api\/(sittings\/\{id\}|exams\/\{sittingId\})/, 'sitting'],
  [/^\/api\/(grading\/)?attempts\/\{attemptId\}/, 'attempt'],
  [/^\/api\/(competency|kpi)\/people\/\{userId\}/, 'person'],
  [/^\/api\/(competency|kpi)\/units\/\{unitId\}/, 'reportUnit'],
];

/**
 * Own, colleague's and another unit's resource for every operation of the OpenAPI document that
 * names one in its path, for each role: a role the operation does not list gets 403; a resource
 * outside the caller's reach gets 404, exactly as if it did not exist; one inside it gets neither.
 * Writes carry a valid body (below), so a validation error cannot hide a missing scope check.
 */
describe(`own, colleague's and another unit's resources (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let operations: Array<{ method: string; path: string; op: Operation }>;
  const ids = {} as Record<Kind, Record<Home, string>>;
  const callers: Record<Role, string> = { staff: 'staff01', trainer: 'trainer-cz', manager: 'manager-cz', admin: 'admin' };
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  let seq = 100;
  let made = 0;

  /** A valid body for each write, given the resource it goes to. */
  const bodies: Record<string, (id: string) => unknown> = {
    'patch /api/users/{id}': () => ({ displayName: '矩阵人员' }),
    'post /api/users/{id}/password': () => ({ password: 'matrix-password-1' }),
    'patch /api/units/{id}': (id) => ({ name: unitNames[id] }),
    'patch /api/question-banks/{bankId}': () => ({ description: '矩阵' }),
    'put /api/question-banks/{bankId}/shares': () => ({ unitIds: [] }),
    'post /api/question-banks/{bankId}/categories': () => ({ name: `分类${++made}`, parentId: null }),
    'post /api/question-banks/{bankId}/questions': () => ({ type: 'true_false', stem: `矩阵新题${++made}`, answer: true }),
    'post /api/question-banks/{bankId}/questions/bulk': (id) => ({ questionIds: [questionOfBank[id]], action: 'tag', tag: '矩阵' }),
    'put /api/questions/{id}': () => ({ type: 'true_false', stem: '矩阵判断题（改）', answer: true, changeNote: '矩阵' }),
    'put /api/attempts/{attemptId}/answers/{slot}': () => ({ answer: '答案要点', seq: ++seq }),
    'post /api/attempts/{attemptId}/events': () => ({ kind: 'hidden' }),
    'put /api/sittings/{id}/overrides': () => ({ overrides: [] }),
    'post /api/sittings/{id}/makeup': () => ({ opensAt: new Date(Date.now() + 86_400_000).toISOString(), closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString() }),
    'post /api/grading/attempts/{attemptId}/slots/{slot}': () => ({ score: 1 }),
    'post /api/questions/{id}/key-correction': () => ({ answer: false, note: '矩阵更正' }),
  };
  const unitNames: Record<string, string> = {};
  const questionOfBank: Record<string, string> = {};

  /**
   * Whether the caller may reach a resource of this home through this path, by the scope rules:
   * taking an exam is the candidate's alone (nobody else, not even an administrator, sees or
   * changes an attempt through those paths); otherwise staff reach their own record, trainers and
   * managers their unit's subtree, administrators everything.
   */
  const reaches = (role: Role, path: string, home: Home): boolean => {
    if (/^\/api\/(exams\/\{sittingId\}\/attempts|attempts\/\{attemptId\}(?!\/review))/.test(path)) return role === 'staff' && home === 'own';
    if (role === 'admin') return true;
    if (role === 'staff') return home === 'own';
    return home !== 'other';
  };

  beforeAll(async () => {
    t = await createTestApp();
    const doc = (await t.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, Operation>> };
    operations = Object.entries(doc.paths)
      .filter(([path]) => path.includes('{'))
      .flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ method, path, op })))
      // deleting comes last, so every other operation still finds its resource
      .sort((a, b) => Number(a.method === 'delete') - Number(b.method === 'delete'));

    const admin = await as('admin');
    const units = (await t.http.get('/api/units').set(admin).expect(200)).body as Array<{ id: string; name: string }>;
    const unit = (name: string) => units.find((u) => u.name === name)!.id;
    const users = async (username: string) => (await t.http.get(`/api/users?q=${username}`).set(admin).expect(200)).body.items.find((u: { username: string }) => u.username === username).id as string;
    const create = async (username: string, role: string, unitName: string) =>
      (await t.http.post('/api/users').set(admin).send({ username, displayName: username, password: 'created-by-admin-1', roles: [role], unitId: unit(unitName) }).expect(201)).body.id as string;

    // the callers' colleagues and counterparts in the other service department
    for (const [username, unitName] of [['trainer-cz', '城中客户服务部'], ['trainer-cz2', '城中客户服务部'], ['trainer-cj', '城郊客户服务部']] as const) await create(username, 'trainer', unitName);
    await create('manager-cz2', 'manager', '城中客户服务部');
    await create('manager-cj', 'manager', '城郊客户服务部');
    // users and units only the administrator changes: throwaway ones, so a password reset or a delete harms no fixture
    ids.user = { own: await create('matrix-own', 'staff', '城中一组'), colleague: await create('matrix-colleague', 'staff', '城中一组'), other: await create('matrix-other', 'staff', '城郊一组') };
    const orgUnit = async (name: string, parent: string) => {
      const id = (await t.http.post('/api/units').set(admin).send({ name, parentId: unit(parent) }).expect(201)).body.id as string;
      unitNames[id] = name;
      return id;
    };
    ids.unit = { own: await orgUnit('矩阵甲', '城中客户服务部'), colleague: await orgUnit('矩阵乙', '城中一组'), other: await orgUnit('矩阵丙', '城郊客户服务部') };
    ids.person = { own: await users('staff01'), colleague: await users('staff02'), other: await users('staff16') };
    ids.reportUnit = { own: unit('城中客户服务部'), colleague: unit('城中一组'), other: unit('城郊客户服务部') };

    // each trainer's bank, questions, paper (an essay first, so it can be marked) and a sitting for one person
    const content = async (trainer: string, candidate: string) => {
      const h = await as(trainer);
      const bank = (await t.http.post('/api/question-banks').set(h).send({ name: `${trainer} 题库` }).expect(201)).body.id as string;
      const question = (await t.http.post(`/api/question-banks/${bank}/questions`).set(h).send({ type: 'true_false', stem: `${trainer} 判断题`, answer: true }).expect(201)).body.id as string;
      const essay = (await t.http.post(`/api/question-banks/${bank}/questions`).set(h).send({ type: 'essay', stem: `${trainer} 简答题`, referenceAnswer: '要点', rubric: [{ criterion: '要点', points: 10 }] }).expect(201)).body.id as string;
      questionOfBank[bank] = question;
      const paper = (
        await t.http
          .post('/api/papers')
          .set(h)
          .send({ title: `${trainer} 试卷`, kind: 'fixed', sections: [{ title: '一', slots: [{ questionId: essay, points: 10 }, { questionId: question, points: 5 }] }] })
          .expect(201)
      ).body.id as string;
      const sitting = (
        await t.http
          .post('/api/sittings')
          .set(h)
          .send({ paperId: paper, title: `${trainer} 测验`, opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 3600_000).toISOString(), durationMinutes: 30, assignees: [{ userId: await users(candidate) }] })
          .expect(201)
      ).body.id as string;
      const attempt = (await t.http.post(`/api/exams/${sitting}/attempts`).set(await as(candidate)).expect(201)).body.id as string;
      return { bank, question, paper, sitting, attempt };
    };
    const own = await content('trainer-cz', 'staff01');
    const colleague = await content('trainer-cz2', 'staff02');
    const other = await content('trainer-cj', 'staff16');
    for (const kind of ['bank', 'question', 'paper', 'sitting', 'attempt'] as const) ids[kind] = { own: own[kind], colleague: colleague[kind], other: other[kind] };
  });
  afterAll(() => t.close());

  const kindOf = (path: string): Kind | undefined => KIND_OF_PATH.find(([pattern]) => pattern.test(path))?.[1];

  it('knows the resource behind every path parameter and a valid body for every write', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.filter(({ path }) => !kindOf(path)).map(({ method, path }) => `${method} ${path}`)).toEqual([]);
    const writes = operations.filter(({ op }) => op.requestBody?.content['application/json']);
    expect(writes.filter(({ method, path }) => !bodies[`${method} ${path}`]).map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });

  it.each(Object.keys(callers) as Role[])('answers a %s 403 outside their role, 404 outside their reach, and neither inside it', async (role) => {
    const token = await as(callers[role]);
    const seen: string[] = [];
    for (const { method, path, op } of operations) {
      const kind = kindOf(path)!;
      const allowed = !op['x-roles'] || op['x-roles'].includes(role);
      for (const home of HOMES) {
        const id = ids[kind][home];
        // required query parameters (an export's format) get their first allowed value
        const query = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => `${p.name}=${encodeURIComponent(p.schema?.enum?.[0] ?? '1')}`);
        const url = path.replace(/\{slot\}/g, '1').replace(/\{[^}]+\}/, id) + (query.length ? `?${query.join('&')}` : '');
        let request: Test = (t.http as unknown as Record<string, (u: string) => Test>)[method](url).set(token);
        if (op.requestBody?.content['multipart/form-data']) {
          request = request.field('format', 'gift').attach('file', Buffer.from(`::矩阵${++made}:: 矩阵导入题 {T}\n`), 'matrix.gift');
        } else if (op.requestBody) {
          request = request.send(bodies[`${method} ${path}`](id) as object);
        }
        const res = await request;
        const outcome = res.status === 403 ? '403' : res.status === 404 ? '404' : res.status >= 500 ? '5xx' : 'reached';
        const expected = !allowed ? '403' : reaches(role, path, home) ? 'reached' : '404';
        if (outcome !== expected) seen.push(`${method.toUpperCase()} ${path} on ${home}'s ${kind}: ${res.status} ${JSON.stringify(res.body?.message ?? '')}, expected ${expected}`);
      }
    }
    expect(seen).toEqual([]);
  });
});
