import ExcelJS from 'exceljs';
import { createTestApp, TestApp } from './support/test-app';

const NOBODY = '00000000-0000-4000-8000-000000000000';

/**
 * Every kind of error answers with a stable code beside the zh-CN message, so the client can say it
 * in the user's language; one representative request of each kind.
 */
describe(`error codes (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let admin: { Authorization: string };
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await as('admin');
  });
  afterAll(() => t.close());

  it('names a refused request body common.validation.failed and keeps the field-by-field messages', async () => {
    const res = await t.http.post('/api/units').set(admin).send({ name: 42, isAdmin: true }).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'common.validation.failed' });
    expect(res.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^name: /), expect.stringMatching(/^isAdmin: /)]));
  });

  it('names a body nested too deep common.validation.tooDeep, with the limit in params', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(`${'['.repeat(100)}${']'.repeat(100)}`)
      .expect(400);
    expect(res.body).toMatchObject({ code: 'common.validation.tooDeep', params: { limit: 32 } });
  });

  it('names an unknown route common.notFound and an unknown paper exams.paper.notFound', async () => {
    expect((await t.http.get('/api/no-such-thing').set(admin).expect(404)).body.code).toBe('common.notFound');
    const paper = await t.http
      .get(`/api/papers/${NOBODY}`)
      .set(await as('trainer'))
      .expect(404);
    expect(paper.body).toMatchObject({ code: 'exams.paper.notFound', message: '试卷不存在或不在您的权限范围内' });
  });

  it('names a missing or spent sign-in auth.required / auth.sessionOver', async () => {
    expect((await t.http.get('/api/me').expect(401)).body.code).toBe('auth.required');
    expect((await t.http.post('/api/auth/refresh').expect(401)).body.code).toBe('auth.sessionOver');
  });

  it('names a clash with existing data by what clashes, with the params a translation needs', async () => {
    const units = (await t.http.get('/api/units').set(admin).expect(200)).body as Array<{
      id: string;
      name: string;
      parentId: string | null;
    }>;
    const taken = units.find((u) => u.parentId !== null)!;
    const res = await t.http.post('/api/units').set(admin).send({ name: taken.name, parentId: taken.parentId }).expect(409);
    expect(res.body).toMatchObject({
      code: 'identity.unit.nameTaken',
      params: { name: taken.name },
      message: `同一上级下已有名为「${taken.name}」的单位`,
    });
  });

  it('names too many wrong passwords identity.login.throttled, with the wait in params and Retry-After', async () => {
    const login = (password: string) => t.http.post('/api/auth/login').send({ username: 'staff29', password });
    for (let i = 0; i < 5; i++) expect((await login(`wrong-guess-${i}`).expect(401)).body.code).toBe('identity.login.wrongCredentials');
    const res = await login('wrong-guess-5').expect(429);
    expect(res.body).toMatchObject({ code: 'identity.login.throttled', params: { seconds: Number(res.headers['retry-after']) } });
  });

  it('names an answer after the deadline exams.attempt.closed and one after submitting exams.attempt.submitted', async () => {
    const staff = await as('staff28');
    const sittingId = (await t.http.get('/api/me/exams').set(staff).expect(200)).body[0].sittingId;
    const attempt = (await t.http.post(`/api/exams/${sittingId}/attempts`).set(staff).expect(201)).body;
    const slot = attempt.questions[0].slot;
    await t.dataSource.query(`UPDATE attempt SET deadline = now() - interval '5 minutes' WHERE id = $1`, [attempt.id]);
    const late = await t.http.put(`/api/attempts/${attempt.id}/answers/${slot}`).set(staff).send({ answer: null, seq: 1 }).expect(409);
    expect(late.body).toMatchObject({
      code: 'exams.attempt.closed',
      message: '作答时间已到，答案未能保存',
      details: { reason: 'deadline' },
    });
    await t.dataSource.query(`UPDATE attempt SET deadline = now() + interval '5 minutes' WHERE id = $1`, [attempt.id]);
    await t.http
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(staff)
      .expect((r) => expect(r.status).toBeLessThan(300));
    const after = await t.http.put(`/api/attempts/${attempt.id}/answers/${slot}`).set(staff).send({ answer: null, seq: 2 }).expect(409);
    expect(after.body).toMatchObject({ code: 'exams.attempt.submitted', details: { reason: 'submitted' } });
  });

  it('names an import with wrong rows identity.import.invalidRows, with the count in params and each row and field in details', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('用户');
    ws.addRow(['单位', '姓名', '用户名', '角色', '初始密码']);
    ws.addRow(['不存在的单位', '新员工乙', 'new.b', '客户经理', 'strong-pass-2026']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await t.http.post('/api/users/imports').set(admin).attach('file', file, 'users.xlsx').expect(422);
    expect(res.body).toMatchObject({
      code: 'identity.import.invalidRows',
      params: { count: 1 },
      message: '导入失败：共 1 处错误，未写入任何数据',
    });
    // each row's problem has its own code and params, which the client translates; the message stays the fallback
    expect(res.body.details.errors).toEqual([
      { row: 2, field: '单位', code: 'identity.row.unitNotFound', params: { unit: '不存在的单位' }, message: '找不到单位「不存在的单位」' },
    ]);
  });

  it('names a file over the upload limit files.tooLarge', async () => {
    const res = await t.http
      .post('/api/users/imports')
      .set(admin)
      .attach('file', Buffer.alloc(6 * 1024 * 1024), 'users.xlsx');
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('files.tooLarge');
  });

  it('lists every code it answers with in the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const codes: string[] = doc.components.schemas.ErrorCode.enum;
    for (const code of [
      'common.validation.failed',
      'common.notFound',
      'exams.paper.notFound',
      'identity.unit.nameTaken',
      'identity.login.throttled',
      'exams.attempt.closed',
      'identity.import.invalidRows',
      'files.tooLarge',
    ])
      expect(codes).toContain(code);
    expect(doc.components.schemas.ErrorBody.required).toEqual(expect.arrayContaining(['code', 'message']));
  });
});
