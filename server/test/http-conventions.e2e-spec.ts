import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiToTypeScript, type OpenApiDocument } from '../src/platform/http/openapi-to-typescript';
import { createTestApp, TestApp } from './support/test-app';

describe(`HTTP conventions (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('reports health with the database up', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('answers malformed JSON with 400 in the one error shape', async () => {
    const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"username": "a",').expect(400);
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', code: 'common.invalidJson', message: '请求体不是有效的 JSON' });
  });

  it('answers a body over 1 MB with 413', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .send({ username: 'a', password: 'x'.repeat(1_100_000) })
      .expect(413);
    expect(res.body.statusCode).toBe(413);
  });

  it('names the missing and unknown fields in a 400', async () => {
    const res = await t.http.post('/api/auth/login').send({ username: 'a', isAdmin: true }).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^password/), expect.stringContaining('isAdmin')]));
  });

  it('refuses a __proto__ key instead of polluting objects', async () => {
    await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username":"a","password":"b","__proto__":{"roles":["admin"]}}')
      .expect((res) => {
        expect([400, 401]).toContain(res.status);
      });
    expect(({} as Record<string, unknown>).roles).toBeUndefined();
  });

  it('sets security headers and echoes a request id', async () => {
    const res = await t.http.get('/api/health').set('x-request-id', 'trace-123').expect(200);
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('requires a token on everything but login, refresh, logout, health and the instance facts', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const publicPaths = new Set(['/api/health', '/api/instance', '/api/auth/login', '/api/auth/refresh', '/api/auth/logout']);
    for (const [path, item] of Object.entries(doc.paths)) {
      if (publicPaths.has(path)) continue;
      for (const method of Object.keys(item)) {
        const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const res = await (t.http as unknown as Record<string, (u: string) => Promise<{ status: number }>>)[method](url);
        expect([method, path, res.status]).toEqual([method, path, 401]);
      }
    }
  });

  it('serves the OpenAPI document that is committed as server/openapi.json, and the client types match it', async () => {
    const served = (await t.http.get('/api/docs-json').expect(200)).body;
    const committed = JSON.parse(readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8'));
    expect(served).toEqual(committed);
    const clientTypes = readFileSync(join(__dirname, '..', '..', 'client', 'src', 'api', 'schema.ts'), 'utf8');
    expect(clientTypes).toBe(openApiToTypeScript(committed));
  });

  it('types every field of the contract: no open object or untyped value the client would have to re-type by hand', () => {
    const doc = JSON.parse(readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8')) as OpenApiDocument;
    // an event's details differ by kind, an error's by code (line/row/field, the reason of a refused answer)
    const meantOpen = ['TimelineEventDto.details', 'ErrorBody.details'];
    const open: string[] = [];
    for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
      for (const [field, value] of Object.entries(schema.properties ?? {})) if (isOpen(value)) open.push(`${name}.${field}`);
    }
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const schemas = [
          op.requestBody?.content?.['application/json']?.schema,
          ...Object.values(op.responses ?? {}).map((r) => r.content?.['application/json']?.schema),
        ];
        if (schemas.some((schema) => schema && isOpen(schema))) open.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(open).toEqual(meantOpen);
  });
});

type Schema = NonNullable<NonNullable<OpenApiDocument['components']>['schemas']>[string];

/** An object with no declared shape (`Record<string, unknown>` on the client) or a value with no type at all. */
function isOpen(schema: Schema): boolean {
  if (schema.$ref || schema.allOf || schema.oneOf || schema.anyOf || schema.enum) return false;
  if (schema.type === 'array') return isOpen(schema.items ?? {});
  if (schema.type === 'string' || schema.type === 'number' || schema.type === 'integer' || schema.type === 'boolean') return false;
  if (schema.properties && Object.keys(schema.properties).length > 0) return false;
  const extra = schema.additionalProperties;
  return typeof extra === 'object' ? isOpen(extra) : true;
}
