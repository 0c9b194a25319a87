import { createTestApp, CREATED_USER_PASSWORD, TestApp } from './support/test-app';

describe(`item-writing checks on import and on a bank's quality page (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  let lawBank: { id: string; name: string };
  const yaml = (questions: string) => Buffer.from(`formatVersion: 1\nbank: { key: upload, name: 上传 }\nquestions:\n${questions}`);

  beforeAll(async () => {
    t = await createTestApp();
    lawBank = (
      await t.http
        .get('/api/question-banks')
        .set(await as('trainer'))
        .expect(200)
    ).body.find((b: { key: string }) => b.key === 'laws-regulations');
    const units = (await t.http.get('/api/units').set(await as('admin'))).body as Array<{ id: string; name: string }>;
    for (const [username, unitName] of [
      ['trainer-cz', '城中客户服务部'],
      ['trainer-cj', '城郊客户服务部'],
    ]) {
      const unitId = units.find((u) => u.name === unitName)!.id;
      await t.http
        .post('/api/users')
        .set(await as('admin'))
        .send({ username, displayName: username, password: CREATED_USER_PASSWORD, roles: ['trainer'], unitId })
        .expect(201);
    }
  });
  afterAll(() => t.close());

  it('imports a badly written question and reports each check it breaks with its line and code', async () => {
    const bank = (
      await t.http
        .post('/api/question-banks')
        .set(await as('trainer'))
        .send({ name: '导入检查' })
        .expect(201)
    ).body;
    const file = yaml(
      [
        '  - key: w1',
        '    type: single',
        '    category: 测试',
        '    dimension: 法律法规',
        '    difficulty: 2',
        '    stem: 下列关于零售许可证的说法，错误的是',
        '    options:',
        '      - { id: A, text: 有效期届满前申请延续 }',
        '      - { id: B, text: 零售户可以把许可证转借给亲属在另一家店使用 }',
        '      - { id: C, text: 以上都对 }',
        '    answer: B',
        '    explanation: 许可证不得出借。',
        '',
      ].join('\n'),
    );
    const res = await t.http
      .post(`/api/question-banks/${bank.id}/imports`)
      .set(await as('trainer'))
      .attach('file', file, 'q.yaml')
      .expect(201);
    expect(res.body.created).toBe(1);
    expect(res.body.warnings.map((w: { line: number; key: string; code: string }) => [w.line, w.key, w.code])).toEqual([
      [4, 'w1', 'longest_key'],
      [4, 'w1', 'catch_all_option'],
      [4, 'w1', 'negative_stem'],
      [4, 'w1', 'missing_source'],
    ]);
  });

  it('warns on import when a stem nearly repeats one already in the bank', async () => {
    const bank = (
      await t.http
        .post('/api/question-banks')
        .set(await as('trainer'))
        .send({ name: '重复检查' })
        .expect(201)
    ).body;
    const tf = (key: string, stem: string) =>
      `  - { key: ${key}, type: true_false, category: 测试, dimension: 日常业务, difficulty: 1, stem: ${stem}, answer: true, explanation: 解析, source: { document: 烟草专卖许可证管理办法 } }\n`;
    await t.http
      .post(`/api/question-banks/${bank.id}/imports`)
      .set(await as('trainer'))
      .attach('file', yaml(tf('d1', '零售户应当在经营场所的显著位置悬挂零售许可证。')), 'q.yaml')
      .expect(201);
    const res = await t.http
      .post(`/api/question-banks/${bank.id}/imports`)
      .set(await as('trainer'))
      .attach('file', yaml(tf('d2', '零售户应当在经营场所显著位置悬挂零售许可证。')), 'q.yaml')
      .expect(201);
    expect(res.body).toMatchObject({
      created: 1,
      warnings: [{ line: 4, key: 'd2', code: 'near_duplicate', message: expect.stringContaining('d1') }],
    });
  });

  it('gives the figures and findings of a shipped bank, which keeps every limit', async () => {
    const res = await t.http
      .get(`/api/question-banks/${lawBank.id}/quality`)
      .set(await as('manager'))
      .expect(200);
    expect(res.body.breaches).toEqual([]);
    expect(res.body.figures.questions).toBeGreaterThanOrEqual(100);
    expect(res.body.figures.hard.share).toBeGreaterThanOrEqual(0.15);
    expect(res.body.figures.longestKey.share).toBeLessThanOrEqual(0.3);
    expect(res.body.similarPairs).toEqual([]);
  });

  it('shows a trainer the near-duplicate of another bank they can see, side by side', async () => {
    const bank = (
      await t.http
        .post('/api/question-banks')
        .set(await as('trainer'))
        .send({ name: '我的题库' })
        .expect(201)
    ).body;
    const copied = '依据《中华人民共和国未成年人保护法》所称的未成年人，是指未满多少周岁的公民？';
    await t.http
      .post(`/api/question-banks/${bank.id}/questions`)
      .set(await as('trainer'))
      .send({ type: 'true_false', stem: copied, answer: true })
      .expect(201);
    const res = await t.http
      .get(`/api/question-banks/${bank.id}/quality`)
      .set(await as('trainer'))
      .expect(200);
    expect(res.body.similarPairs).toEqual([
      {
        question: expect.objectContaining({ bankId: bank.id, stem: copied }),
        similar: expect.objectContaining({ bankId: lawBank.id, bankName: lawBank.name, key: 'law-007' }),
        similarity: expect.any(Number),
      },
    ]);
    expect(res.body.questions).toEqual([
      expect.objectContaining({ stem: copied, findings: expect.arrayContaining([expect.objectContaining({ code: 'missing_source' })]) }),
    ]);
    expect(res.body.breaches).toEqual(expect.arrayContaining([expect.stringContaining('相似度')]));
  });

  it('answers 404 to a trainer who cannot see the bank and 403 to staff', async () => {
    const bank = (
      await t.http
        .post('/api/question-banks')
        .set(await as('trainer-cz'))
        .send({ name: '城中专用' })
        .expect(201)
    ).body;
    await t.http
      .get(`/api/question-banks/${bank.id}/quality`)
      .set(await as('trainer-cz'))
      .expect(200);
    await t.http
      .get(`/api/question-banks/${bank.id}/quality`)
      .set(await as('trainer-cj'))
      .expect(404);
    await t.http
      .get(`/api/question-banks/${bank.id}/quality`)
      .set(await as('staff01'))
      .expect(403);
  });
});
