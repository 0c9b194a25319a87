import { randomUUID } from 'node:crypto';
import type { Test } from 'supertest';
import { createTestApp, TestApp } from '../support/test-app';

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
}

interface Operation {
  'x-public'?: boolean;
  'x-roles'?: string[];
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: { enum?: string[]; $ref?: string } }>;
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

type Role = 'staff' | 'trainer' | 'manager' | 'admin';
/** Whose resource, seen from the caller: their own, a colleague's in the same unit, another unit's. */
type Home = 'own' | 'colleague' | 'other';
type Kind =
  | 'user'
  | 'unit'
  | 'bank'
  | 'question'
  | 'paper'
  | 'sitting'
  | 'attempt'
  | 'person'
  | 'reportUnit'
  | 'training'
  | 'contest'
  | 'coachingAction';

const HOMES: Home[] = ['own', 'colleague', 'other'];

/**
 * Every id a JSON body carries, as `a.b[].c`: fields of format uuid, and any field named like an id
 * (so one declared without its format is not missed).
 */
function idFields(schema: Schema | undefined, schemas: Record<string, Schema>, at = '', seen = new Set<string>()): string[] {
  if (!schema) return [];
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return seen.has(name) ? [] : idFields(schemas[name], schemas, at, new Set([...seen, name]));
  }
  const named = /Ids?$/.test(at.split('.').pop() ?? '');
  if (schema.type === 'array')
    return schema.items?.format === 'uuid' || (named && schema.items?.type === 'string')
      ? [`${at}[]`]
      : idFields(schema.items, schemas, `${at}[]`, seen);
  if (schema.format === 'uuid' || (named && schema.type === 'string')) return [at];
  return [
    ...(schema.allOf ?? []).flatMap((s) => idFields(s, schemas, at, seen)),
    ...Object.entries(schema.properties ?? {}).flatMap(([key, s]) => idFields(s, schemas, at ? `${at}.${key}` : key, seen)),
  ];
}

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
  [/^\/api\/(competency|kpi|coaching)\/units\/\{unitId\}/, 'reportUnit'],
  [/^\/api\/units\/\{unitId\}\/training-calendar/, 'reportUnit'],
  [/^\/api\/trainings\/\{id\}/, 'training'],
  [/^\/api\/contests\/\{id\}/, 'contest'],
  [/^\/api\/coaching\/actions\/\{actionId\}/, 'coachingAction'],
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
  let doc: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
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
    'patch /api/question-banks/{bankId}/categories/{categoryId}': () => ({ purpose: 'exam' }),
    'post /api/question-banks/{bankId}/questions': () => ({ type: 'true_false', stem: `矩阵新题${++made}`, answer: true }),
    'post /api/question-banks/{bankId}/questions/bulk': (id) => ({ questionIds: [questionOfBank[id]], action: 'tag', tag: '矩阵' }),
    'put /api/questions/{id}': () => ({ type: 'true_false', stem: '矩阵判断题（改）', answer: true, changeNote: '矩阵' }),
    'put /api/attempts/{attemptId}/answers/{slot}': () => ({ answer: '答案要点', seq: ++seq }),
    'post /api/attempts/{attemptId}/events': () => ({ kind: 'hidden' }),
    'put /api/sittings/{id}/overrides': () => ({ overrides: [] }),
    'post /api/sittings/{id}/makeup': () => ({
      opensAt: new Date(Date.now() + 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    }),
    'post /api/grading/attempts/{attemptId}/slots/{slot}': () => ({ score: 1 }),
    'post /api/questions/{id}/key-correction': () => ({ answer: false, note: '矩阵更正' }),
    'patch /api/trainings/{id}': (id) => training({ assignees: [{ userId: attendeeOf[id] }] }),
    'post /api/trainings/{id}/check-ins': () => ({ code: '000000' }),
    'put /api/trainings/{id}/attendance/{userId}': () => ({ status: 'present', reason: '矩阵更正' }),
    'put /api/trainings/{id}/leave': () => ({ reason: '矩阵请假' }),
    'put /api/trainings/{id}/leave-requests/{userId}': () => ({ status: 'approved' }),
    'post /api/contests/{id}/speakers': () => ({ userIds: [ids.person.colleague] }),
    'post /api/contests/{id}/judges': () => ({ userIds: [ids.person.colleague] }),
    'put /api/contests/{id}/speeches/{speakerId}/scores/{judgeId}': () => ({ items: speechSheet }),
    'put /api/contests/{id}/speeches/{speakerId}/time': () => ({ seconds: 100 }),
    'post /api/contests/{id}/speeches/{speakerId}/scores/{judgeId}/correction': () => ({ items: speechSheet, reason: '矩阵更正' }),
    'post /api/questions/{id}/revert': () => ({ version: 1 }),
    'post /api/question-banks/{bankId}/questions/check': () => ({ type: 'true_false', stem: '矩阵检查', answer: true }),
  };
  /** The one person each matrix training asks to attend (own: staff01, colleague: staff02, other: staff16). */
  const attendeeOf: Record<string, string> = {};
  const training = (change: object) => ({
    title: `矩阵培训${++made}`,
    form: 'collective',
    startsAt: new Date(Date.now() + 3600_000).toISOString(),
    endsAt: new Date(Date.now() + 7200_000).toISOString(),
    assignees: [{ userId: ids.person.own }],
    ...change,
  });
  const speechSheet = { content: 20, delivery: 20, presence: 10, memorised: 5, impression: 5 };
  /** Each contest's speaker; a judge's path names the caller (a judge scores only as themselves). */
  const speakerOfContest: Record<string, string> = {};
  const callerIds = {} as Record<Role, string>;
  const unitNames: Record<string, string> = {};
  const questionOfBank: Record<string, string> = {};
  const categoryOfBank: Record<string, string> = {};
  /** A question of the own trainer's bank that no sitting uses, so practice may serve it. */
  let practiceQuestion: string;

  /** What an id in a write's body names (a kind of resource, or a category of a bank), and a valid body carrying a given one. */
  type Reference = { names: Kind | 'category'; body: (ref: string) => object; inside?: () => string } | { names: null; why: string };
  const inAnHour = () => ({
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 3600_000).toISOString(),
    durationMinutes: 30,
  });
  const sitting = (change: object) => ({
    paperId: ids.paper.own,
    title: `引用测验${++made}`,
    ...inAnHour(),
    assignees: [{ userId: ids.person.own }],
    ...change,
  });
  const references: Record<string, Reference> = {
    'post /api/users unitId': {
      names: 'reportUnit',
      body: (ref) => ({ username: `ref-${++made}`, displayName: '引用', password: 'matrix-password-1', roles: ['staff'], unitId: ref }),
    },
    'patch /api/users/{id} unitId': { names: 'reportUnit', body: (ref) => ({ unitId: ref }) },
    'post /api/units parentId': { names: 'reportUnit', body: (ref) => ({ name: `引用单位${++made}`, parentId: ref }) },
    'patch /api/units/{id} parentId': { names: 'reportUnit', body: (ref) => ({ parentId: ref }) },
    'post /api/contests/{id}/speakers userIds[]': { names: 'person', body: (ref) => ({ userIds: [ref] }) },
    'post /api/contests/{id}/judges userIds[]': { names: 'person', body: (ref) => ({ userIds: [ref] }) },
    'post /api/question-banks ownerUnitId': { names: 'reportUnit', body: (ref) => ({ name: `引用题库${++made}`, ownerUnitId: ref }) },
    'put /api/question-banks/{bankId}/shares unitIds[]': { names: 'reportUnit', body: (ref) => ({ unitIds: [ref] }) },
    'post /api/question-banks/{bankId}/categories parentId': {
      names: 'category',
      body: (ref) => ({ name: `引用分类${++made}`, parentId: ref }),
    },
    'post /api/question-banks/{bankId}/questions/bulk questionIds[]': {
      names: 'question',
      body: (ref) => ({ questionIds: [ref], action: 'tag', tag: '引用' }),
    },
    'post /api/question-banks/{bankId}/questions/bulk categoryId': {
      names: 'category',
      body: (ref) => ({ questionIds: [ids.question.own], action: 'move', categoryId: ref }),
    },
    'post /api/attempts/{attemptId}/events eventId': {
      names: null,
      why: 'the client’s own id for the event, so that a resend counts once',
    },
    'post /api/papers sections[].slots[].questionId': {
      names: 'question',
      body: (ref) => ({ title: `引用试卷${++made}`, kind: 'fixed', sections: [{ title: '一', slots: [{ questionId: ref, points: 1 }] }] }),
    },
    'post /api/papers rules[].bankId': {
      names: 'bank',
      body: (ref) => ({ title: `引用试卷${++made}`, kind: 'blueprint', rules: [{ count: 1, points: 1, bankId: ref }] }),
    },
    'post /api/coaching/actions userId': {
      names: 'person',
      body: (ref) => ({ userId: ref, kind: 'training', dueOn: '2099-12-31', note: '矩阵帮扶' }),
    },
    'post /api/sittings paperId': { names: 'paper', body: (ref) => sitting({ paperId: ref }) },
    'post /api/sittings makeupOf': { names: 'sitting', body: (ref) => sitting({ makeupOf: ref }) },
    'post /api/sittings assignees[].unitId': { names: 'reportUnit', body: (ref) => sitting({ assignees: [{ unitId: ref }] }) },
    'post /api/sittings assignees[].userId': { names: 'person', body: (ref) => sitting({ assignees: [{ userId: ref }] }) },
    'post /api/sittings overrides[].userId': {
      names: 'person',
      body: (ref) => sitting({ overrides: [{ userId: ref, extraMinutes: 10 }] }),
    },
    'post /api/sittings overrides[].unitId': {
      names: 'reportUnit',
      body: (ref) => sitting({ overrides: [{ unitId: ref, extraMinutes: 10 }] }),
    },
    'put /api/sittings/{id}/overrides overrides[].userId': {
      names: 'person',
      body: (ref) => ({ overrides: [{ userId: ref, extraMinutes: 10 }] }),
    },
    'put /api/sittings/{id}/overrides overrides[].unitId': {
      names: 'reportUnit',
      body: (ref) => ({ overrides: [{ unitId: ref, extraMinutes: 10 }] }),
    },
    'post /api/trainings assignees[].unitId': { names: 'reportUnit', body: (ref) => training({ assignees: [{ unitId: ref }] }) },
    'post /api/trainings assignees[].userId': { names: 'person', body: (ref) => training({ assignees: [{ userId: ref }] }) },
    'post /api/trainings trainerId': { names: 'person', body: (ref) => training({ trainerId: ref }) },
    'post /api/trainings sittingId': { names: 'sitting', body: (ref) => training({ sittingId: ref }) },
    'patch /api/trainings/{id} assignees[].unitId': { names: 'reportUnit', body: (ref) => training({ assignees: [{ unitId: ref }] }) },
    'patch /api/trainings/{id} assignees[].userId': { names: 'person', body: (ref) => training({ assignees: [{ userId: ref }] }) },
    'patch /api/trainings/{id} trainerId': { names: 'person', body: (ref) => training({ trainerId: ref }) },
    'patch /api/trainings/{id} sittingId': { names: 'sitting', body: (ref) => training({ sittingId: ref }) },
    'post /api/trainings/{id}/check-ins deviceId': {
      names: null,
      why: 'the browser’s own random id, hashed, only to flag one device checking in two accounts',
    },
    // practice answers questions of the banks the caller's unit reaches, another unit's as if it did not exist; what else it holds
    // back (material marked 考试题, what a live sitting can show) is proven in practice-exam-separation.e2e-spec.ts
    'post /api/me/practice/answers questionId': {
      names: 'question',
      body: (ref) => ({ questionId: ref, answer: true }),
      inside: () => practiceQuestion,
    },
  };

  /**
   * Whether the caller may reach a resource of this home through this path, by the scope rules:
   * taking an exam is the candidate's alone (nobody else, not even an administrator, sees or
   * changes an attempt through those paths); otherwise staff reach their own record, trainers and
   * managers their unit's subtree, administrators everything.
   */
  const reaches = (role: Role, path: string, home: Home): boolean => {
    if (/^\/api\/(exams\/\{sittingId\}\/attempts|attempts\/\{attemptId\}(?!\/review))/.test(path))
      return role === 'staff' && home === 'own';
    // checking in and asking for leave are for the people a training asks to attend (own: staff01's)
    if (/^\/api\/trainings\/\{id\}\/(check-ins|leave)$/.test(path)) return role === 'staff' && home === 'own';
    // a judge's own pages: the callers judge their own and their colleague's contests (staff their own only); an administrator judges none
    if (/^\/api\/contests\/\{id\}\/(judging|speeches\/\{speakerId\}\/scores\/\{judgeId\})/.test(path))
      return role !== 'admin' && (role === 'staff' ? home === 'own' : home !== 'other');
    if (role === 'admin') return true;
    if (role === 'staff') return home === 'own';
    return home !== 'other';
  };

  /** A parameter's allowed values, through a named schema (`$ref`) where the document names one. */
  const enumOf = (schema: { enum?: string[]; $ref?: string } | undefined): string[] | undefined =>
    schema?.enum ?? (schema?.$ref ? (doc.components.schemas[schema.$ref.split('/').pop()!] as { enum?: string[] })?.enum : undefined);

  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http.get('/api/docs-json').expect(200)).body as typeof doc;
    operations = Object.entries(doc.paths)
      // /api/admin/…: the department's own files (backups), an administrator's alone, of no unit:
      // the access matrix covers their roles, backups-admin.e2e-spec.ts the names
      // /api/me/wrong-answers/{questionId}: a card opens only from the caller's own 错题本 (404 for any
      // other question, theirs or not), which exam-results.e2e-spec.ts checks
      .filter(([path]) => path.includes('{') && !path.startsWith('/api/admin/') && !path.startsWith('/api/me/wrong-answers/'))
      .flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ method, path, op })))
      // a trainer deleting the own and colleague's trainings would leave the administrator's turn nothing to reach:
      // trainings.e2e-spec.ts covers who may delete one
      .filter(({ method, path }) => !(method === 'delete' && path === '/api/trainings/{id}'))
      // deleting comes last, so every other operation still finds its resource
      .sort((a, b) => Number(a.method === 'delete') - Number(b.method === 'delete'));

    const admin = await as('admin');
    const units = (await t.http.get('/api/units').set(admin).expect(200)).body as Array<{ id: string; name: string }>;
    const unit = (name: string) => units.find((u) => u.name === name)!.id;
    const users = async (username: string) =>
      (await t.http.get(`/api/users?q=${username}`).set(admin).expect(200)).body.items.find(
        (u: { username: string }) => u.username === username,
      ).id as string;
    const create = async (username: string, role: string, unitName: string) =>
      (
        await t.http
          .post('/api/users')
          .set(admin)
          .send({ username, displayName: username, password: 'created-by-admin-1', roles: [role], unitId: unit(unitName) })
          .expect(201)
      ).body.id as string;

    // the callers' colleagues and counterparts in the other service department
    for (const [username, unitName] of [
      ['trainer-cz', '城中客户服务部'],
      ['trainer-cz2', '城中客户服务部'],
      ['trainer-cj', '城郊客户服务部'],
    ] as const)
      await create(username, 'trainer', unitName);
    await create('manager-cz2', 'manager', '城中客户服务部');
    await create('manager-cj', 'manager', '城郊客户服务部');
    // users and units only the administrator changes: throwaway ones, so a password reset or a delete harms no fixture
    ids.user = {
      own: await create('matrix-own', 'staff', '城中一组'),
      colleague: await create('matrix-colleague', 'staff', '城中一组'),
      other: await create('matrix-other', 'staff', '城郊一组'),
    };
    const orgUnit = async (name: string, parent: string) => {
      const id = (
        await t.http
          .post('/api/units')
          .set(admin)
          .send({ name, parentId: unit(parent) })
          .expect(201)
      ).body.id as string;
      unitNames[id] = name;
      return id;
    };
    ids.unit = {
      own: await orgUnit('矩阵甲', '城中客户服务部'),
      colleague: await orgUnit('矩阵乙', '城中一组'),
      other: await orgUnit('矩阵丙', '城郊客户服务部'),
    };
    ids.person = { own: await users('staff01'), colleague: await users('staff02'), other: await users('staff16') };
    ids.reportUnit = { own: unit('城中客户服务部'), colleague: unit('城中一组'), other: unit('城郊客户服务部') };
    const coaching = async (person: string) =>
      (await t.http.post('/api/coaching/actions').set(admin).send({ userId: person, kind: 'training', dueOn: '2099-12-31' }).expect(201))
        .body.id as string;
    ids.coachingAction = {
      own: await coaching(ids.person.own),
      colleague: await coaching(ids.person.colleague),
      other: await coaching(ids.person.other),
    };

    // each trainer's bank, questions, paper (an essay first, so it can be marked) and a sitting for one person
    const content = async (trainer: string, candidate: string) => {
      const h = await as(trainer);
      const bank = (
        await t.http
          .post('/api/question-banks')
          .set(h)
          .send({ name: `${trainer} 题库` })
          .expect(201)
      ).body.id as string;
      const question = (
        await t.http
          .post(`/api/question-banks/${bank}/questions`)
          .set(h)
          .send({ type: 'true_false', stem: `${trainer} 判断题`, answer: true, category: '矩阵' })
          .expect(201)
      ).body.id as string;
      categoryOfBank[bank] = (await t.http.get(`/api/question-banks/${bank}/categories`).set(h).expect(200)).body[0].id as string;
      const essay = (
        await t.http
          .post(`/api/question-banks/${bank}/questions`)
          .set(h)
          .send({ type: 'essay', stem: `${trainer} 简答题`, referenceAnswer: '要点', rubric: [{ criterion: '要点', points: 10 }] })
          .expect(201)
      ).body.id as string;
      questionOfBank[bank] = question;
      const paper = (
        await t.http
          .post('/api/papers')
          .set(h)
          .send({
            title: `${trainer} 试卷`,
            kind: 'fixed',
            sections: [
              {
                title: '一',
                slots: [
                  { questionId: essay, points: 10 },
                  { questionId: question, points: 5 },
                ],
              },
            ],
          })
          .expect(201)
      ).body.id as string;
      const sitting = (
        await t.http
          .post('/api/sittings')
          .set(h)
          .send({
            paperId: paper,
            title: `${trainer} 测验`,
            opensAt: new Date(Date.now() - 60_000).toISOString(),
            closesAt: new Date(Date.now() + 3600_000).toISOString(),
            durationMinutes: 30,
            assignees: [{ userId: await users(candidate) }],
          })
          .expect(201)
      ).body.id as string;
      const attempt = (
        await t.http
          .post(`/api/exams/${sitting}/attempts`)
          .set(await as(candidate))
          .expect(201)
      ).body.id as string;
      return { bank, question, paper, sitting, attempt };
    };
    const own = await content('trainer-cz', 'staff01');
    practiceQuestion = (
      await t.http
        .post(`/api/question-banks/${own.bank}/questions`)
        .set(await as('trainer-cz'))
        .send({ type: 'true_false', stem: 'trainer-cz 练习判断题', answer: true })
        .expect(201)
    ).body.id as string;
    const colleague = await content('trainer-cz2', 'staff02');
    const other = await content('trainer-cj', 'staff16');
    for (const kind of ['bank', 'question', 'paper', 'sitting', 'attempt'] as const)
      ids[kind] = { own: own[kind], colleague: colleague[kind], other: other[kind] };

    // each trainer's training for one person, who has asked for leave from it
    const trainingOf = async (trainer: string, attendee: string) => {
      const userId = await users(attendee);
      const id = (
        await t.http
          .post('/api/trainings')
          .set(await as(trainer))
          .send(training({ assignees: [{ userId }] }))
          .expect(201)
      ).body.id as string;
      attendeeOf[id] = userId;
      await t.http
        .put(`/api/trainings/${id}/leave`)
        .set(await as(attendee))
        .send({ reason: '矩阵请假' })
        .expect(200);
      return id;
    };
    ids.training = {
      own: await trainingOf('trainer-cz', 'staff01'),
      colleague: await trainingOf('trainer-cz2', 'staff02'),
      other: await trainingOf('trainer-cj', 'staff16'),
    };
    // each trainer's speech contest with one speaker; the callers sit on their own and their colleague's panels
    for (const [role, username] of Object.entries(callers) as Array<[Role, string]>) callerIds[role] = await users(username);
    const contest = async (trainer: string, speaker: string, judges: string[]) => {
      const h = await as(trainer);
      const id = (
        await t.http
          .post('/api/contests')
          .set(h)
          .send({ title: `${trainer} 演讲比赛`, kind: 'speech' })
          .expect(201)
      ).body.id as string;
      const view = (
        await t.http
          .post(`/api/contests/${id}/speakers`)
          .set(h)
          .send({ userIds: [await users(speaker)] })
          .expect(200)
      ).body;
      speakerOfContest[id] = view.speakers[0].id as string;
      await t.http
        .post(`/api/contests/${id}/judges`)
        .set(h)
        .send({ userIds: await Promise.all(judges.map(users)) })
        .expect(200);
      return id;
    };
    ids.contest = {
      own: await contest('trainer-cz', 'staff03', ['staff01', 'trainer-cz', 'manager-cz']),
      colleague: await contest('trainer-cz2', 'staff04', ['trainer-cz', 'manager-cz']),
      other: await contest('trainer-cj', 'staff17', ['trainer-cj']),
    };
  }, 240_000); // three trainers' banks, papers, sittings, attempts and contests, on a shared machine
  afterAll(() => t.close());

  const kindOf = (path: string): Kind | undefined => KIND_OF_PATH.find(([pattern]) => pattern.test(path))?.[1];

  it('knows the resource behind every path parameter and a valid body for every write', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.filter(({ path }) => !kindOf(path)).map(({ method, path }) => `${method} ${path}`)).toEqual([]);
    const writes = operations.filter(({ op }) => op.requestBody?.content['application/json']);
    expect(writes.filter(({ method, path }) => !bodies[`${method} ${path}`]).map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });

  it('tries every id a write carries in its body with one outside the caller’s reach: 404, naming the field when it names a person or unit', async () => {
    const writes = operations.concat(
      Object.entries(doc.paths)
        .filter(([path]) => !path.includes('{'))
        .flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ method, path, op }))),
    );
    const found = writes.flatMap(({ method, path, op }) =>
      idFields(op.requestBody?.content['application/json']?.schema, doc.components.schemas).map((field) => ({ method, path, op, field })),
    );
    expect(found.map(({ method, path, field }) => `${method} ${path} ${field}`).filter((key) => !references[key])).toEqual([]);
    expect(found.length).toBeGreaterThan(15);

    const seen: string[] = [];
    for (const { method, path, op, field } of found) {
      const reference = references[`${method} ${path} ${field}`];
      if (!reference.names) continue;
      // the least role the operation admits; an administrator reaches every unit, so theirs is an id that exists nowhere
      const role = (['staff', 'trainer', 'manager', 'admin'] as const).find((r) => !op['x-roles'] || op['x-roles'].includes(r))!;
      const token = await as(callers[role]);
      const url = path.replace(/\{slot\}/g, '1').replace(/\{[^}]+\}/, () => ids[kindOf(path)!].own);
      const refOf = (home: Home) => (reference.names === 'category' ? categoryOfBank[ids.bank[home]] : ids[reference.names][home]);
      const send = (ref: string) =>
        (t.http as unknown as Record<string, (u: string) => Test>)[method](url).set(token).send(reference.body(ref));
      const key = `${method.toUpperCase()} ${path} ${field} as ${role}`;
      const inside = await send(reference.inside?.() ?? refOf('own'));
      if (inside.status >= 500 || [400, 403, 404].includes(inside.status) || (reference.inside && inside.status !== 200))
        seen.push(`${key} with their own: ${inside.status} ${JSON.stringify(inside.body?.message ?? '')}`);
      const outside = await send(role === 'admin' ? randomUUID() : refOf('other'));
      const namesField = reference.names === 'person' || reference.names === 'reportUnit';
      const message = String(outside.body?.message ?? '');
      if (outside.status !== 404 || (namesField && !message.startsWith(field.replace(/\[\]/g, '[0]'))))
        seen.push(`${key} with another unit's: ${outside.status} ${JSON.stringify(message)}`);
    }
    expect(seen).toEqual([]);
  });

  it.each(Object.keys(callers) as Role[])(
    'answers a %s 403 outside their role, 404 outside their reach, and neither inside it',
    async (role) => {
      const token = await as(callers[role]);
      const seen: string[] = [];
      for (const { method, path, op } of operations) {
        const kind = kindOf(path)!;
        const allowed = !op['x-roles'] || op['x-roles'].includes(role);
        for (const home of HOMES) {
          const id = ids[kind][home];
          // required query parameters (an export's format) get their first allowed value
          const query = (op.parameters ?? [])
            .filter((p) => p.in === 'query' && p.required)
            .map((p) => `${p.name}=${encodeURIComponent(enumOf(p.schema)?.[0] ?? '1')}`);
          // a bank's category goes with the bank named before it
          const url =
            path
              .replace(/\{slot\}/g, '1')
              // a person named after a training is that training's attendee
              .replace(/(\/api\/trainings\/\{id\}\/.*)\{userId\}/, (_, head: string) => `${head}${attendeeOf[id] ?? ''}`)
              .replace(/\{categoryId\}/g, categoryOfBank[id] ?? '')
              .replace(/\{speakerId\}/g, speakerOfContest[id] ?? '')
              .replace(/\{judgeId\}/g, callerIds[role])
              .replace(/\{[^}]+\}/, id) + (query.length ? `?${query.join('&')}` : '');
          let request: Test = (t.http as unknown as Record<string, (u: string) => Test>)[method](url).set(token);
          if (op.requestBody?.content['multipart/form-data']) {
            request = request.field('format', 'gift').attach('file', Buffer.from(`::矩阵${++made}:: 矩阵导入题 {T}\n`), 'matrix.gift');
          } else if (op.requestBody) {
            request = request.send(bodies[`${method} ${path}`](id) as object);
          }
          const res = await request;
          const outcome = res.status === 403 ? '403' : res.status === 404 ? '404' : res.status >= 500 ? '5xx' : 'reached';
          const expected = !allowed ? '403' : reaches(role, path, home) ? 'reached' : '404';
          if (outcome !== expected)
            seen.push(
              `${method.toUpperCase()} ${path} on ${home}'s ${kind}: ${res.status} ${JSON.stringify(res.body?.message ?? '')}, expected ${expected}`,
            );
        }
      }
      expect(seen).toEqual([]);
    },
  );
});
