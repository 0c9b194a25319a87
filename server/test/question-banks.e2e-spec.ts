import type { QuestionDraft } from '../src/modules/question-bank/domain/question-draft';
import { questionFingerprint } from '../src/modules/question-bank/domain/question-index';
import { createTestApp, TestApp } from './support/test-app';

import type { Response } from 'superagent';

const bodyAsBuffer = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  (res as unknown as NodeJS.ReadableStream).on('data', (c: Buffer) => chunks.push(c));
  (res as unknown as NodeJS.ReadableStream).on('end', () => cb(null, Buffer.concat(chunks)));
};

describe(`question banks (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  let lawBankId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const banks = await t.http
      .get('/api/question-banks')
      .set(await as('trainer'))
      .expect(200);
    lawBankId = banks.body.find((b: { key: string }) => b.key === 'laws-regulations').id;
    // a trainer for each service department
    const units = (await t.http.get('/api/units').set(await as('admin'))).body as Array<{ id: string; name: string }>;
    const unit = (name: string) => units.find((u) => u.name === name)!.id;
    for (const [username, unitName] of [
      ['trainer-cz', '城中客户服务部'],
      ['trainer-cj', '城郊客户服务部'],
    ]) {
      await t.http
        .post('/api/users')
        .set(await as('admin'))
        .send({ username, displayName: username, password: 'created-by-admin-1', roles: ['trainer'], unitId: unit(unitName) })
        .expect(201);
    }
  });
  afterAll(() => t.close());

  it('seeds the department’s banks from question-bank/ with every question', async () => {
    const banks = (
      await t.http
        .get('/api/question-banks')
        .set(await as('trainer'))
        .expect(200)
    ).body as Array<{ key: string; questionCount: number }>;
    expect(banks.length).toBeGreaterThanOrEqual(7);
    expect(banks.reduce((n, b) => n + b.questionCount, 0)).toBeGreaterThanOrEqual(400);
  });

  it('keeps staff out of banks entirely', async () => {
    await t.http
      .get('/api/question-banks')
      .set(await as('staff01'))
      .expect(403);
    await t.http
      .get(`/api/question-banks/${lawBankId}/questions`)
      .set(await as('staff01'))
      .expect(403);
  });

  it('pages and filters questions by type, and finds Chinese text anywhere in stem or options', async () => {
    const all = await t.http
      .get(`/api/question-banks/${lawBankId}/questions?pageSize=5`)
      .set(await as('trainer'))
      .expect(200);
    expect(all.body.items).toHaveLength(5);
    const essays = await t.http
      .get(`/api/question-banks/${lawBankId}/questions?type=essay&pageSize=200`)
      .set(await as('trainer'))
      .expect(200);
    expect(essays.body.total).toBeGreaterThan(0);
    expect(essays.body.items.every((q: { type: string }) => q.type === 'essay')).toBe(true);
    const search = await t.http
      .get(`/api/question-banks/${lawBankId}/questions?q=${encodeURIComponent('未成年人')}&pageSize=200`)
      .set(await as('trainer'))
      .expect(200);
    expect(search.body.total).toBeGreaterThan(0);
    expect(search.body.items.every((q: { content: object }) => JSON.stringify(q.content).includes('未成年人'))).toBe(true);
  });

  it('creates a question, refusing a wrong answer shape with the field named', async () => {
    const bank = (
      await t.http
        .post('/api/question-banks')
        .set(await as('trainer'))
        .send({ name: '十二月测验' })
        .expect(201)
    ).body;
    expect(bank).toMatchObject({ id: expect.any(String), name: '十二月测验', canEdit: true, questionCount: 0 });
    const bad = await t.http
      .post(`/api/question-banks/${bank.id}/questions`)
      .set(await as('trainer'))
      .send({
        type: 'multiple',
        stem: '多选',
        options: [
          { id: 'A', text: '1' },
          { id: 'B', text: '2' },
          { id: 'C', text: '3' },
        ],
        answer: 'A',
      })
      .expect(400);
    expect(bad.body.message).toMatch(/^answer: /);
    const unknown = await t.http
      .post(`/api/question-banks/${bank.id}/questions`)
      .set(await as('trainer'))
      .send({ type: 'true_false', stem: '判断', answer: true, correct: true })
      .expect(400);
    expect(unknown.body.message).toEqual(expect.arrayContaining([expect.stringContaining('correct')]));
    const created = await t.http
      .post(`/api/question-banks/${bank.id}/questions`)
      .set(await as('trainer'))
      .send({
        type: 'numeric',
        stem: '管理 120 户、指导 78 户，经营指导面是多少（%）？',
        answer: { value: 65, tolerance: 0.1 },
        unit: '%',
        dimension: '日常业务',
        difficulty: 2,
        category: '指标/经营指导',
        tags: ['指标'],
      })
      .expect(201);
    expect(created.body).toMatchObject({
      type: 'numeric',
      currentVersion: 1,
      categoryPath: '指标/经营指导',
      content: { answer: { value: 65, tolerance: 0.1 }, unit: '%' },
    });
  });

  it('never changes a version in place: an edit adds version 2 and version 1 stays as it was', async () => {
    const bank = (
      await t.http
        .post('/api/question-banks')
        .set(await as('trainer'))
        .send({ name: '版本测试' })
        .expect(201)
    ).body;
    const q = (
      await t.http
        .post(`/api/question-banks/${bank.id}/questions`)
        .set(await as('trainer'))
        .send({ type: 'true_false', stem: '零售户可以从外地批发市场进货。', answer: false })
        .expect(201)
    ).body;
    const edited = await t.http
      .put(`/api/questions/${q.id}`)
      .set(await as('trainer'))
      .send({ type: 'true_false', stem: '零售户应从当地烟草专卖批发企业进货。', answer: true, changeNote: '改为正面表述' })
      .expect(200);
    expect(edited.body.currentVersion).toBe(2);
    const versions = (
      await t.http
        .get(`/api/questions/${q.id}/versions`)
        .set(await as('trainer'))
        .expect(200)
    ).body;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[1].content).toMatchObject({ stem: '零售户可以从外地批发市场进货。', answer: false });
    expect(versions[0]).toMatchObject({ changeNote: '改为正面表述', createdByName: expect.any(String) });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'question.key_change' AND target_id = $1`,
      [q.id],
    );
    expect(n).toBe(1);
  });

  it('retires and restores questions, one or in bulk, and moves and tags them in bulk', async () => {
    const page = (await t.http.get(`/api/question-banks/${lawBankId}/questions?pageSize=3`).set(await as('trainer'))).body;
    const ids = page.items.map((q: { id: string }) => q.id);
    await t.http
      .post(`/api/questions/${ids[0]}/retire`)
      .set(await as('trainer'))
      .expect(200);
    const retired = await t.http
      .get(`/api/question-banks/${lawBankId}/questions?status=retired`)
      .set(await as('trainer'))
      .expect(200);
    expect(retired.body.items.map((q: { id: string }) => q.id)).toEqual([ids[0]]);
    expect(
      (
        await t.http
          .post(`/api/question-banks/${lawBankId}/questions/bulk`)
          .set(await as('trainer'))
          .send({ questionIds: ids, action: 'restore' })
          .expect(200)
      ).body,
    ).toEqual({ changed: 3 });
    await t.http
      .post(`/api/question-banks/${lawBankId}/questions/bulk`)
      .set(await as('trainer'))
      .send({ questionIds: ids, action: 'tag', tag: '十二月重点' })
      .expect(200);
    const tagged = await t.http
      .get(`/api/question-banks/${lawBankId}/questions?tag=${encodeURIComponent('十二月重点')}`)
      .set(await as('trainer'))
      .expect(200);
    expect(tagged.body.total).toBe(3);
  });

  it('lets a trainer edit their own unit’s bank, not another unit’s, unless shared', async () => {
    const czBank = (
      await t.http
        .post('/api/question-banks')
        .set(await as('trainer-cz'))
        .send({ name: '城中专用' })
        .expect(201)
    ).body;
    await t.http
      .get(`/api/question-banks/${czBank.id}`)
      .set(await as('trainer-cj'))
      .expect(404);
    await t.http
      .post(`/api/question-banks/${czBank.id}/questions`)
      .set(await as('trainer-cj'))
      .send({ type: 'true_false', stem: 'x', answer: true })
      .expect(404);
    await t.http
      .post(`/api/question-banks/${czBank.id}/questions`)
      .set(await as('trainer'))
      .send({ type: 'true_false', stem: '部门培训员可编辑', answer: true })
      .expect(201);
    const units = (await t.http.get('/api/units').set(await as('admin'))).body as Array<{ id: string; name: string }>;
    // 城郊 lies outside 城中's scope: the department's trainer, above both, shares across
    const cj = units.find((u) => u.name === '城郊客户服务部')!.id;
    await t.http
      .put(`/api/question-banks/${czBank.id}/shares`)
      .set(await as('trainer-cz'))
      .send({ unitIds: [cj] })
      .expect(404);
    await t.http
      .put(`/api/question-banks/${czBank.id}/shares`)
      .set(await as('trainer'))
      .send({ unitIds: [cj] })
      .expect(200);
    await t.http
      .post(`/api/question-banks/${czBank.id}/questions`)
      .set(await as('trainer-cj'))
      .send({ type: 'true_false', stem: '共享后可编辑', answer: true })
      .expect(201);
  });

  it('lets managers read banks in their scope but not change them', async () => {
    await t.http
      .get(`/api/question-banks/${lawBankId}/questions`)
      .set(await as('manager'))
      .expect(200);
    await t.http
      .post(`/api/question-banks/${lawBankId}/questions`)
      .set(await as('manager'))
      .send({ type: 'true_false', stem: 'x', answer: true })
      .expect(403);
  });

  it('flags every question citing a superseded law, and a review clears the flag', async () => {
    const res = await t.http
      .post('/api/source-documents/supersede')
      .set(await as('trainer'))
      .send({ title: '中华人民共和国未成年人保护法', note: '修订' })
      .expect(200);
    expect(res.body.flagged).toBeGreaterThan(0);
    const flagged = await t.http
      .get(`/api/question-banks/${lawBankId}/questions?needsReview=true&pageSize=200`)
      .set(await as('trainer'))
      .expect(200);
    const citing = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM question WHERE bank_id = $1 AND source_document = '中华人民共和国未成年人保护法'`,
      [lawBankId],
    );
    expect(flagged.body.total).toBe(citing[0].n);
    expect(flagged.body.items[0].reviewReason).toContain('已废止或修订');
    await t.http
      .post(`/api/questions/${flagged.body.items[0].id}/review`)
      .set(await as('trainer'))
      .expect(200);
    const after = await t.http
      .get(`/api/question-banks/${lawBankId}/questions?needsReview=true&pageSize=200`)
      .set(await as('trainer'))
      .expect(200);
    expect(after.body.total).toBe(flagged.body.total - 1);
  });

  describe('import and export', () => {
    const yaml = (questions: string) => Buffer.from(`formatVersion: 1\nbank: { key: upload, name: 上传 }\nquestions:\n${questions}`);
    const tfq = (key: string, stem: string) =>
      `  - { key: ${key}, type: true_false, category: 测试, dimension: 日常业务, difficulty: 1, stem: ${stem}, answer: true, explanation: 解析 }\n`;

    it('previews on a dry run, imports all at once, and skips or versions duplicates as chosen', async () => {
      const bank = (
        await t.http
          .post('/api/question-banks')
          .set(await as('trainer'))
          .send({ name: '导入测试' })
          .expect(201)
      ).body;
      const file = yaml(tfq('a1', '早晚例会每天召开') + tfq('a2', '拜访要做记录'));
      const preview = await t.http
        .post(`/api/question-banks/${bank.id}/imports?dryRun=true`)
        .set(await as('trainer'))
        .attach('file', file, 'q.yaml')
        .expect(201);
      expect(preview.body).toMatchObject({ created: 2, updated: 0, skipped: 0, byType: { true_false: 2 }, errors: [] });
      expect((await t.http.get(`/api/question-banks/${bank.id}`).set(await as('trainer'))).body.questionCount).toBe(0);
      await t.http
        .post(`/api/question-banks/${bank.id}/imports`)
        .set(await as('trainer'))
        .attach('file', file, 'q.yaml')
        .expect(201);
      const again = await t.http
        .post(`/api/question-banks/${bank.id}/imports`)
        .set(await as('trainer'))
        .attach('file', file, 'q.yaml')
        .expect(201);
      expect(again.body).toMatchObject({
        created: 0,
        skipped: 2,
        duplicates: [expect.objectContaining({ existingKey: 'a1', outcome: 'skipped' }), expect.anything()],
      });
      const versioned = await t.http
        .post(`/api/question-banks/${bank.id}/imports?duplicates=new_version`)
        .set(await as('trainer'))
        .attach('file', yaml(tfq('a1', '早晚例会每天按时召开')), 'q.yaml')
        .expect(201);
      expect(versioned.body).toMatchObject({ created: 0, updated: 1 });
      const list = (await t.http.get(`/api/question-banks/${bank.id}/questions`).set(await as('trainer'))).body;
      expect(list.items.find((q: { key: string }) => q.key === 'a1')).toMatchObject({
        currentVersion: 2,
        content: { stem: '早晚例会每天按时召开' },
      });
    });

    it('lists just the questions an import wrote when asked for their ids', async () => {
      const bank = (
        await t.http
          .post('/api/question-banks')
          .set(await as('trainer'))
          .send({ name: '只看本次导入' })
          .expect(201)
      ).body;
      const first = await t.http
        .post(`/api/question-banks/${bank.id}/imports`)
        .set(await as('trainer'))
        .attach('file', yaml(tfq('b1', '第一批')), 'q.yaml')
        .expect(201);
      const preview = await t.http
        .post(`/api/question-banks/${bank.id}/imports?dryRun=true`)
        .set(await as('trainer'))
        .attach('file', yaml(tfq('b2', '第二批甲')), 'q.yaml')
        .expect(201);
      expect(preview.body.questionIds).toEqual([]);
      const second = await t.http
        .post(`/api/question-banks/${bank.id}/imports`)
        .set(await as('trainer'))
        .attach('file', yaml(tfq('b2', '第二批甲') + tfq('b3', '第二批乙')), 'q.yaml')
        .expect(201);
      expect(second.body.questionIds).toHaveLength(2);
      const list = (
        await t.http
          .get(`/api/question-banks/${bank.id}/questions`)
          .query({ ids: second.body.questionIds.join(',') })
          .set(await as('trainer'))
          .expect(200)
      ).body;
      expect(list.total).toBe(2);
      expect(list.items.map((q: { key: string }) => q.key).sort()).toEqual(['b2', 'b3']);
      expect(list.items.map((q: { id: string }) => q.id)).not.toContain(first.body.questionIds[0]);
      await t.http
        .get(`/api/question-banks/${bank.id}/questions`)
        .query({ ids: 'not-an-id' })
        .set(await as('trainer'))
        .expect(400);
    });

    it('rejects a file with any error with 422, every error listed with its line, and writes nothing', async () => {
      const bank = (
        await t.http
          .post('/api/question-banks')
          .set(await as('trainer'))
          .send({ name: '坏文件' })
          .expect(201)
      ).body;
      const file = yaml(
        tfq('b1', '好题') +
          '  - { key: b2, type: single, category: 测试, dimension: 日常业务, difficulty: 1, stem: 坏题, options: [{id: A, text: 甲}, {id: B, text: 乙}], answer: C, explanation: 解析 }\n',
      );
      const res = await t.http
        .post(`/api/question-banks/${bank.id}/imports`)
        .set(await as('trainer'))
        .attach('file', file, 'q.yaml')
        .expect(422);
      expect(res.body.details.errors).toEqual([
        {
          line: 5,
          field: 'answer',
          code: 'questionBank.check.answerNotAnOption',
          params: { answer: 'C' },
          message: '答案「C」不是任何一个选项',
        },
      ]);
      expect((await t.http.get(`/api/question-banks/${bank.id}`).set(await as('trainer'))).body.questionCount).toBe(0);
    });

    it('answers 413 for a file over 20 MB and 400 when the format cannot be told', async () => {
      await t.http
        .post(`/api/question-banks/${lawBankId}/imports`)
        .set(await as('trainer'))
        .attach('file', Buffer.alloc(21 * 1024 * 1024, 65), 'big.csv')
        .expect(413);
      const res = await t.http
        .post(`/api/question-banks/${lawBankId}/imports`)
        .set(await as('trainer'))
        .attach('file', Buffer.from('x'), 'notes.doc')
        .expect(400);
      expect(res.body.message).toMatch(/无法从文件名/);
    });

    it.each(['yaml', 'xlsx', 'gift', 'moodle-xml'] as const)(
      'exports a bank as %s that imports into an empty bank with the same questions',
      async (format) => {
        const source = (await t.http.get(`/api/question-banks/${lawBankId}/questions?pageSize=200`).set(await as('trainer'))).body;
        const exported = await t.http
          .get(`/api/question-banks/${lawBankId}/export?format=${format}`)
          .set(await as('trainer'))
          .buffer(true)
          .parse(bodyAsBuffer)
          .expect(200);
        const target = (
          await t.http
            .post('/api/question-banks')
            .set(await as('trainer'))
            .send({ name: `往返 ${format}` })
            .expect(201)
        ).body;
        const name = { yaml: 'b.yaml', xlsx: 'b.xlsx', gift: 'b.gift', 'moodle-xml': 'b.xml' }[format];
        const imported = await t.http
          .post(`/api/question-banks/${target.id}/imports`)
          .set(await as('trainer'))
          .attach('file', exported.body, name)
          .expect(201);
        expect(imported.body.created).toBe(source.total);
        const copy = (await t.http.get(`/api/question-banks/${target.id}/questions?pageSize=200`).set(await as('trainer'))).body;
        // same stem and same key by text (a format may renumber option or pair ids)
        const byKey = new Map(copy.items.map((q: { key: string; content: QuestionDraft }) => [q.key, questionFingerprint(q.content)]));
        for (const q of source.items as Array<{ key: string; content: QuestionDraft }>) {
          expect([q.key, byKey.get(q.key)]).toEqual([q.key, questionFingerprint(q.content)]);
        }
        // stored under random ids, whatever numbering the file used (L1→R1, S1…Sn in the right order)
        const ids = copy.items.flatMap((q: { content: Record<string, unknown> }) =>
          ['options', 'left', 'right', 'items'].flatMap((list) =>
            ((q.content[list] as Array<{ id: string }> | undefined) ?? []).map((c) => c.id),
          ),
        );
        expect(ids.length).toBeGreaterThan(0);
        expect(ids.filter((id: string) => !/^[a-z2-9]{8}$/.test(id))).toEqual([]);
      },
    );
  });
});
