import { createTestApp, TestApp } from '../support/test-app';

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
}
interface Operation {
  'x-public'?: boolean;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

const NOBODY = '00000000-0000-4000-8000-000000000000';

/** A value of the wrong kind for each schema type. */
function wrongFor(schema: Schema | undefined): unknown[] {
  switch (schema?.type ?? 'object') {
    case 'string':
      return [12345, { nested: true }, 'x'.repeat(200_000)];
    case 'number':
    case 'integer':
      return ['not a number', -1e308, 1e308];
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

  const resolve = (schema: Schema | undefined): Schema | undefined => (schema?.$ref ? doc.components.schemas[schema.$ref.split('/').pop()!] : schema);

  it('never answers 5xx to wrongly typed, polluted, deep or huge bodies on any operation', async () => {
    const token = await t.tokenFor('admin');
    let sent = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const schema = resolve(op.requestBody?.content?.['application/json']?.schema);
        if (!schema) continue;
        const url = path.replace(/\{slot\}/g, '1').replace(/\{[^}]+\}/g, NOBODY);
        const bodies: string[] = [deeplyNested(2000), '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}', '[]', '"just a string"', 'null'];
        for (const [name, prop] of Object.entries(schema.properties ?? {})) {
          for (const value of wrongFor(resolve(prop))) bodies.push(JSON.stringify({ [name]: value }));
        }
        for (const body of bodies) {
          const res = await (t.http as unknown as Record<string, (u: string) => import('supertest').Test>)[method](url)
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

  it('refuses a role change smuggled into a profile or password update (mass assignment)', async () => {
    const token = await t.tokenFor('staff01');
    const res = await t.http.put('/api/me/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: 'kaoping-demo', newPassword: 'a-fresh-password-1', roles: ['admin'] }).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining([expect.stringContaining('roles')]));
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.roles).toEqual(['staff']);
  });

  it('renders nothing executable from names and stems: HTML is stripped or escaped by the API', async () => {
    const admin = { Authorization: `Bearer ${await t.tokenFor('admin')}` };
    const units = (await t.http.get('/api/units').set(admin)).body as Array<{ id: string }>;
    const user = await t.http.post('/api/users').set(admin).send({ username: 'xss-user', displayName: '<img src=x onerror=alert(1)>', password: 'created-by-admin-1', roles: ['staff'], unitId: units[0].id }).expect(201);
    // stored as text: the client renders it with text interpolation, never as HTML
    expect(user.body.displayName).toBe('<img src=x onerror=alert(1)>');
    const trainer = { Authorization: `Bearer ${await t.tokenFor('trainer')}` };
    const bank = (await t.http.post('/api/question-banks').set(trainer).send({ name: 'XSS' }).expect(201)).body;
    const q = await t.http
      .post(`/api/question-banks/${bank.id}/questions`)
      .set(trainer)
      .send({ type: 'single', stem: '<p onclick="x()">题<script>alert(1)</script></p><img src="javascript:alert(1)">', options: [{ id: 'A', text: '<b>甲</b><iframe src="//evil"></iframe>' }, { id: 'B', text: '乙' }], answer: 'A' })
      .expect(201);
    expect(q.body.content.stem).toBe('<p>题</p>');
    expect(q.body.content.options[0].text).toBe('<b>甲</b>');
  });
});
