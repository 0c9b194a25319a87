import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'superagent';
import { createTestApp, TestApp } from './support/test-app';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures/formats', name));
const bodyAsBuffer = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  (res as unknown as NodeJS.ReadableStream).on('data', (c: Buffer) => chunks.push(c));
  (res as unknown as NodeJS.ReadableStream).on('end', () => cb(null, Buffer.concat(chunks)));
};

describe(`question interchange (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const newBank = async (name: string) =>
    (
      await t.http
        .post('/api/question-banks')
        .set(await as('trainer'))
        .send({ name })
        .expect(201)
    ).body as { id: string };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('imports a Moodle 4.x export as Moodle reads it: repeated names, partial credit, an essay without rubric, the repeated question listed', async () => {
    const bank = await newBank('Moodle 导入');
    const res = await t.http
      .post(`/api/question-banks/${bank.id}/imports`)
      .set(await as('trainer'))
      .attach('file', fixture('moodle4-partial-credit.xml'), 'moodle.xml')
      .expect(201);
    expect(res.body).toMatchObject({ created: 5, skipped: 1, errors: [] });
    expect(res.body.duplicates).toEqual([expect.objectContaining({ line: 250, sameAsLine: 221, outcome: 'skipped' })]);
    expect(res.body.notes).toContainEqual(
      expect.objectContaining({ line: 74, field: 'name', message: expect.stringContaining('编号改为 Q1-2') }),
    );
    expect(res.body.warnings).toContainEqual(expect.objectContaining({ line: 189, code: 'essay_without_rubric' }));
    const list = (
      await t.http
        .get(`/api/question-banks/${bank.id}/questions?pageSize=50`)
        .set(await as('trainer'))
        .expect(200)
    ).body;
    const q1 = list.items.find((q: { key: string }) => q.key === 'Q1');
    const credited = q1.content.options.find((o: { text: string }) => o.text.includes('记录在客户档案中'));
    expect(q1.content.credit).toEqual({ [credited.id]: 0.3333333 });
    expect(list.items.map((q: { key: string }) => q.key)).toContain('Q1-2');
  });

  it('refuses the whole file when one answer has a grade Moodle rejects, naming the question, and writes nothing', async () => {
    const bank = await newBank('坏得分');
    const res = await t.http
      .post(`/api/question-banks/${bank.id}/imports`)
      .set(await as('trainer'))
      .attach('file', fixture('moodle4-invalid-grade.xml'), 'moodle.xml')
      .expect(422);
    expect(res.body.details.errors).toEqual([
      { line: 129, field: 'answer', message: expect.stringContaining('题目「条码追溯」的答案得分 35%') },
    ]);
    expect((await t.http.get(`/api/question-banks/${bank.id}`).set(await as('trainer'))).body.questionCount).toBe(0);
  });

  // YAML is the shipped banks' format and requires dimension, difficulty and explanation, which these Moodle questions lack
  it.each(['csv', 'xlsx', 'gift', 'moodle-xml'] as const)(
    'exports the imported Moodle questions as %s and imports them back with their credit, categories and tags',
    async (format) => {
      const source = await newBank(`源 ${format}`);
      await t.http
        .post(`/api/question-banks/${source.id}/imports`)
        .set(await as('trainer'))
        .attach('file', fixture('moodle4-partial-credit.xml'), 'moodle.xml')
        .expect(201);
      const exported = await t.http
        .get(`/api/question-banks/${source.id}/export?format=${format}`)
        .set(await as('trainer'))
        .buffer(true)
        .parse(bodyAsBuffer)
        .expect(200);
      if (format === 'csv') expect([...(exported.body as Buffer).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const target = await newBank(`回 ${format}`);
      const name = { csv: 'b.csv', xlsx: 'b.xlsx', gift: 'b.gift', 'moodle-xml': 'b.xml' }[format];
      const back = await t.http
        .post(`/api/question-banks/${target.id}/imports`)
        .set(await as('trainer'))
        .attach('file', exported.body, name);
      expect([back.status, back.body.details?.errors]).toEqual([201, undefined]);
      expect(back.body.created).toBe(5);
      const view = async (bankId: string) =>
        (
          (await t.http.get(`/api/question-banks/${bankId}/questions?pageSize=50`).set(await as('trainer'))).body.items as Array<{
            key: string;
            categoryPath: string | null;
            tags: string[];
            content: Record<string, unknown>;
          }>
        )
          .map((q) => {
            const options = (q.content.options as Array<{ id: string; text: string }> | undefined) ?? [];
            const text = (id: string) => options.find((o) => o.id === id)?.text.replace(/<[^>]+>/g, '');
            const credit = Object.entries((q.content.credit as Record<string, number> | undefined) ?? {}).map(([id, c]) => [text(id), c]);
            return {
              key: q.key,
              type: q.content.type,
              category: q.categoryPath,
              tags: q.tags,
              points: q.content.points,
              credit,
              options: options.map((o) => o.text.replace(/<[^>]+>/g, '')),
            };
          })
          .sort((a, b) => a.key.localeCompare(b.key));
      expect(await view(target.id)).toEqual(await view(source.id));
    },
  );
});
