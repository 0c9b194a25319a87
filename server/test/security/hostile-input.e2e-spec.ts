import { lyingXlsx } from '../../src/bench/hostile-files';
import { createTestApp, TestApp } from '../support/test-app';

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
}
interface Operation {
  'x-public'?: boolean;
  parameters?: Array<{ name: string; in: string; schema?: Schema }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

const NOBODY = '00000000-0000-4000-8000-000000000000';

/** Texts no field can store: PostgreSQL refuses a NUL, and a lone surrogate has no UTF-8 form. */
const UNSTORABLE = ['a\u0000b', '\u0000', 'x\uD800', '\uDC00y'];
const EXTREME_NUMBERS = [1e300, -1e300, 2 ** 31, 2 ** 53 + 2, 0.5, -0];
/** The same classes as they arrive in a query string (a lone surrogate cannot be percent-encoded). */
const HOSTILE_QUERY_VALUES = [
  'a%00b',
  '%00',
  '1e300',
  '-1e300',
  '2147483648',
  '9007199254740993',
  'NaN',
  'Infinity',
  '0.5',
  'x'.repeat(3000),
];

type Call = (url: string) => import('supertest').Test;

/** A value of the wrong kind for each schema type. */
function wrongFor(schema: Schema | undefined): unknown[] {
  switch (schema?.type ?? 'object') {
    case 'string':
      return [12345, { nested: true }, 'x'.repeat(200_000), ...UNSTORABLE];
    case 'number':
    case 'integer':
      return ['not a number', -1e308, 1e308, ...EXTREME_NUMBERS];
    case 'boolean':
      return ['yes', 1];
    case 'array':
      return ['scalar', [{ deep: [[[[[]]]]] }]];
    default:
      return [null, 'text', ['list']];
  }
}

function deeplyNested(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/**
 * Schema-driven fuzzing: for every operation with a JSON body, bodies with every property of the
 * wrong kind, prototype-pollution keys, deep nesting and oversized strings. None may cause a 5xx
 * or change the caller's session.
 */
describe(`hostile input (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http.get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? doc.components.schemas[schema.$ref.split('/').pop()!] : schema;

  it('never answers 5xx to wrongly typed, polluted, deep or huge bodies on any operation', async () => {
    const token = await t.tokenFor('admin');
    let sent = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const schema = resolve(op.requestBody?.content?.['application/json']?.schema);
        if (!schema) continue;
        const url = path.replace(/\{slot\}/g, '1').replace(/\{[^}]+\}/g, NOBODY);
        const bodies: string[] = [
          deeplyNested(2000),
          '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}',
          '[]',
          '"just a string"',
          'null',
        ];
        for (const [name, prop] of Object.entries(schema.properties ?? {})) {
          for (const value of wrongFor(resolve(prop))) bodies.push(JSON.stringify({ [name]: value }));
        }
        for (const body of bodies) {
          const res = await (t.http as unknown as Record<string, (u: string) => import('supertest').Test>)
            [method](url)
            .set('Authorization', `Bearer ${token}`)
            .set('Content-Type', 'application/json')
            .send(body);
          sent++;
          expect([method, path, body.slice(0, 60), res.status < 500]).toEqual([method, path, body.slice(0, 60), true]);
        }
      }
    }
    expect(sent).toBeGreaterThan(200);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('refuses a NUL or a lone surrogate in any top-level text field of any operation, naming the field', async () => {
    const token = await t.tokenFor('admin');
    let named = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const schema = resolve(op.requestBody?.content?.['application/json']?.schema);
        if (!schema) continue;
        const url = path.replace(/\{slot\}/g, '1').replace(/\{[^}]+\}/g, NOBODY);
        for (const [name, prop] of Object.entries(schema.properties ?? {})) {
          if (resolve(prop)?.type !== 'string') continue;
          for (const value of UNSTORABLE) {
            const res = await (t.http as unknown as Record<string, Call>)
              [method](url)
              .set('Authorization', `Bearer ${token}`)
              .send({ [name]: value });
            // a guard answers first (401/403) where admin may not call the route at all
            expect([method, path, name, res.status < 500]).toEqual([method, path, name, true]);
            if (res.status === 400) {
              expect([method, path, res.body.message]).toEqual([
                method,
                path,
                expect.arrayContaining([expect.stringMatching(new RegExp(`^${name}: .*(NUL|代理项)`))]),
              ]);
              named++;
            }
          }
        }
      }
    }
    expect(named).toBeGreaterThan(100);
  });

  it('never answers 5xx to NULs, huge or non-finite numbers and long texts in any query or path parameter of any operation', async () => {
    const token = await t.tokenFor('admin');
    let sent = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const base = path.replace(/\{slot\}/g, '1').replace(/\{[^}]+\}/g, NOBODY);
        const urls = path.includes('{') ? ['%00', '99999999999', '-1', '1e300'].map((value) => path.replace(/\{[^}]+\}/g, value)) : [];
        for (const param of op.parameters ?? []) {
          if (param.in === 'query') for (const value of HOSTILE_QUERY_VALUES) urls.push(`${base}?${param.name}=${value}`);
        }
        for (const url of urls) {
          const res = await (t.http as unknown as Record<string, Call>)[method](url).set('Authorization', `Bearer ${token}`).send({});
          sent++;
          expect([method, url.slice(0, 100), res.status < 500]).toEqual([method, url.slice(0, 100), true]);
        }
      }
    }
    expect(sent).toBeGreaterThan(200);
  });

  it('answers 400 naming the field for a NUL in a search term, tag, username, stem, display name or unit name, and for page=1e300', async () => {
    const admin = { Authorization: `Bearer ${await t.tokenFor('admin')}` };
    const trainer = { Authorization: `Bearer ${await t.tokenFor('trainer')}` };
    const units = (await t.http.get('/api/units').set(admin)).body as Array<{ id: string }>;
    const bank = (await t.http.post('/api/question-banks').set(trainer).send({ name: 'NUL 题库' }).expect(201)).body;
    const refusals = [
      await t.http.get(`/api/question-banks/${bank.id}/questions?q=%E5%8D%B7%00`).set(trainer),
      await t.http.get(`/api/question-banks/${bank.id}/questions?tag=a%00`).set(trainer),
      await t.http.post('/api/auth/login').send({ username: 'staff01\u0000', password: 'whatever-password' }),
      await t.http
        .post('/api/users')
        .set(admin)
        .send({ username: 'nul\u0000user', displayName: '空字符', password: 'kaoping-demo-1', roles: ['staff'], unitId: units[0].id }),
      await t.http
        .post('/api/users')
        .set(admin)
        .send({ username: 'nul-user', displayName: '空\u0000字符', password: 'kaoping-demo-1', roles: ['staff'], unitId: units[0].id }),
      await t.http
        .post(`/api/question-banks/${bank.id}/questions`)
        .set(trainer)
        .send({ type: 'true_false', stem: '题\u0000干', answer: true }),
      await t.http
        .post(`/api/question-banks/${bank.id}/questions`)
        .set(trainer)
        .send({
          type: 'single',
          stem: '题干',
          options: [
            { id: 'A', text: '\uD800甲' },
            { id: 'B', text: '乙' },
          ],
          answer: 'A',
        }),
      await t.http.post('/api/units').set(admin).send({ name: '空\u0000字符部', parentId: units[0].id }),
    ];
    for (const res of refusals) {
      expect([res.status, res.body.message]).toEqual([400, expect.arrayContaining([expect.stringMatching(/^[\w.]+: .*(NUL|代理项)/)])]);
    }
    const huge = await t.http.get('/api/users?page=1e300').set(admin);
    expect([huge.status, huge.body.message]).toEqual([400, expect.arrayContaining([expect.stringContaining('page')])]);
  });

  it('refuses deeply nested JSON before parsing it, on every JSON route, logged in or not', async () => {
    const res = await t.http.post('/api/auth/refresh').set('Content-Type', 'application/json').send('['.repeat(500_000));
    expect([res.status, res.body.message]).toEqual([400, expect.stringContaining('嵌套')]);
    const token = await t.tokenFor('trainer');
    const nested = await t.http
      .post('/api/question-banks')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send(`{"name":"深",${'"x":{'.repeat(40)}1${'}'.repeat(40)}}`);
    expect([nested.status, nested.body.message]).toEqual([400, expect.stringContaining('嵌套')]);
  });

  it('refuses an archive whose headers lie on every upload route, before any parser inflates it', async () => {
    const token = await t.tokenFor('admin');
    const bomb = lyingXlsx(1024 * 1024);
    const uploads = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => op.requestBody?.content?.['multipart/form-data'])
        .map(([method]) => [method, path] as const),
    );
    expect(uploads.length).toBeGreaterThanOrEqual(3);
    for (const [method, path] of uploads) {
      const res = await (t.http as unknown as Record<string, Call>)
        [method](path.replace(/\{[^}]+\}/g, NOBODY))
        .set('Authorization', `Bearer ${token}`)
        .attach('file', bomb, 'bomb.xlsx');
      expect([path, res.status, res.body.message]).toEqual([path, 422, expect.stringContaining('压缩炸弹')]);
    }
    const manager = await t.tokenFor('manager');
    const kpi = await t.http
      .post('/api/kpi/imports?kind=sales')
      .set('Authorization', `Bearer ${manager}`)
      .attach('file', bomb, 'figures.xlsx');
    expect([kpi.status, kpi.body.message]).toEqual([422, expect.stringContaining('压缩炸弹')]);
  });

  it('refuses an oversized upload by its declared length with a message, and a text format past its own limit', async () => {
    const admin = { Authorization: `Bearer ${await t.tokenFor('admin')}` };
    const big = await t.http
      .post('/api/users/imports')
      .set(admin)
      .attach('file', Buffer.alloc(6 * 1024 * 1024), 'users.xlsx');
    expect([big.status, big.body.message]).toEqual([413, expect.stringContaining('上限 5 MB')]);
    const trainer = { Authorization: `Bearer ${await t.tokenFor('trainer')}` };
    const bank = (await t.http.post('/api/question-banks').set(trainer).send({ name: '大文件' }).expect(201)).body;
    const yaml = await t.http
      .post(`/api/question-banks/${bank.id}/imports`)
      .set(trainer)
      .attach('file', Buffer.from(`# ${'x'.repeat(5 * 1024 * 1024)}\n`), 'big.yaml');
    expect([yaml.status, yaml.body.message]).toEqual([413, expect.stringContaining('不能超过 4 MB')]);
  });

  it('refuses a YAML alias bomb and a Moodle XML DOCTYPE hidden behind a processing instruction and CDATA, with a message', async () => {
    const trainer = { Authorization: `Bearer ${await t.tokenFor('trainer')}` };
    const bank = (await t.http.post('/api/question-banks').set(trainer).send({ name: '炸弹' }).expect(201)).body;
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const yaml = await t.http
      .post(`/api/question-banks/${bank.id}/imports`)
      .set(trainer)
      .attach('file', Buffer.from(`${levels.join('\n')}\nformatVersion: 1\n`), 'bomb.yaml');
    expect([yaml.status, yaml.body.details?.errors]).toEqual([
      422,
      [expect.objectContaining({ field: 'yaml', message: expect.stringContaining('别名炸弹') })],
    ]);
    const xml = [
      '<?xml version="1.0"?>',
      '<?hide <![CDATA[ ?>',
      '<!DOCTYPE quiz [<!ENTITY boom "EXPANDED">]>',
      '<?hide ]]> ?>',
      '<quiz><question type="truefalse"><name><text>&boom;</text></name><questiontext><text>&boom;</text></questiontext>',
      '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>',
    ].join('\n');
    const moodle = await t.http
      .post(`/api/question-banks/${bank.id}/imports?dryRun=true`)
      .set(trainer)
      .attach('file', Buffer.from(xml), 'quiz.xml');
    expect([moodle.status, moodle.body.details?.errors]).toEqual([
      422,
      [expect.objectContaining({ line: 3, field: 'xml', message: expect.stringContaining('DOCTYPE') })],
    ]);
    expect(JSON.stringify(moodle.body)).not.toContain('EXPANDED');
  });

  it('holds an import to the editor’s limits, naming the line and field (options per question, option length)', async () => {
    const trainer = { Authorization: `Bearer ${await t.tokenFor('trainer')}` };
    const bank = (await t.http.post('/api/question-banks').set(trainer).send({ name: '超限' }).expect(201)).body;
    const tenOptions = `::many:: 选出正确的一项 {=甲 ${Array.from({ length: 9 }, (_, i) => `~错${i}`).join(' ')}}`;
    const longOption = `::long:: 选出正确的一项 {=${'长'.repeat(6000)} ~短}`;
    const gift = await t.http
      .post(`/api/question-banks/${bank.id}/imports`)
      .set(trainer)
      .attach('file', Buffer.from(`${tenOptions}\n\n${longOption}\n`), 'q.gift');
    expect(gift.status).toBe(422);
    expect(gift.body.details.errors).toEqual([
      {
        line: 1,
        field: 'options',
        code: 'questionBank.check.tooMany',
        params: { label: '选项', length: 10, max: 8 },
        message: expect.stringContaining('最多 8 个'),
      },
      {
        line: 3,
        field: 'options',
        code: 'questionBank.check.textTooLong',
        params: { label: '选项 A 的内容', length: 6000, max: 5000 },
        message: expect.stringContaining('不能超过 5000'),
      },
    ]);
  });

  it('refuses a role change smuggled into a profile or password update (mass assignment)', async () => {
    const token = await t.tokenFor('staff01');
    const res = await t.http
      .put('/api/me/password')
      .set('Authorization', `Bearer ${token}`)
      .send({ currentPassword: 'kaoping-demo', newPassword: 'a-fresh-password-1', roles: ['admin'] })
      .expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining([expect.stringContaining('roles')]));
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.roles).toEqual(['staff']);
  });

  it('renders nothing executable from names and stems: HTML is stripped or escaped by the API', async () => {
    const admin = { Authorization: `Bearer ${await t.tokenFor('admin')}` };
    const units = (await t.http.get('/api/units').set(admin)).body as Array<{ id: string }>;
    const user = await t.http
      .post('/api/users')
      .set(admin)
      .send({
        username: 'xss-user',
        displayName: '<img src=x onerror=alert(1)>',
        password: 'created-by-admin-1',
        roles: ['staff'],
        unitId: units[0].id,
      })
      .expect(201);
    // stored as text: the client renders it with text interpolation, never as HTML
    expect(user.body.displayName).toBe('<img src=x onerror=alert(1)>');
    const trainer = { Authorization: `Bearer ${await t.tokenFor('trainer')}` };
    const bank = (await t.http.post('/api/question-banks').set(trainer).send({ name: 'XSS' }).expect(201)).body;
    const q = await t.http
      .post(`/api/question-banks/${bank.id}/questions`)
      .set(trainer)
      .send({
        type: 'single',
        stem: '<p onclick="x()">题<script>alert(1)</script></p><img src="javascript:alert(1)">',
        options: [
          { id: 'A', text: '<b>甲</b><iframe src="//evil"></iframe>' },
          { id: 'B', text: '乙' },
        ],
        answer: 'A',
      })
      .expect(201);
    expect(q.body.content.stem).toBe('<p>题</p>');
    expect(q.body.content.options[0].text).toBe('<b>甲</b>');
  });
});
