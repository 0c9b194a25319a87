import type { Response } from 'superagent';
import { COMPETENCY_DIMENSIONS } from '../src/modules/question-bank/domain/question-draft';
import { inPracticeIds } from './support/shown-choices';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Practice and exams kept apart (decisions §11): practice never serves nor answers a question that a
 * sitting not yet closed for everyone can show anyone; only practice material of banks the caller's
 * unit reaches; never an essay's reference answer; exam-reserved material never. The trainer's paper
 * builder warns when a paper draws practice material.
 */
describe(`practice kept apart from exams (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const DIMENSION = '行业政策';
  const OPTIONS = [
    { id: 'A', text: '甲' },
    { id: 'B', text: '乙' },
    { id: 'C', text: '丙' },
  ];
  const REFERENCE = '参考答案：依法经营，诚信服务，落实“两个维护”。';

  let bankId: string;
  let sittingId: string;
  const pool: string[] = []; // 月考/…: the blueprint sitting draws 2 of these per person
  const practiceOnly: string[] = []; // 日常练习: practice material no sitting uses
  const reserved: string[] = []; // 考试专用: marked 考试题
  let essayId: string;
  let unsharedIds: string[] = []; // a 城郊一组 bank not shared with 城中
  let reservedBankIds: string[] = [];
  let carveOutId: string; // 练习专区 inside the exam-reserved bank, marked 练习题

  async function question(bank: string, category: string, stem: string, extra: Record<string, unknown> = {}): Promise<string> {
    const body = {
      type: 'single',
      stem,
      options: OPTIONS,
      answer: 'B',
      explanation: `解析：${stem}`,
      dimension: DIMENSION,
      category,
      ...extra,
    };
    return (
      await t.http
        .post(`/api/question-banks/${bank}/questions`)
        .set(await as('trainer'))
        .send(body)
        .expect(201)
    ).body.id as string;
  }

  /** Every question practice serves the person over every practice source, asked many times. */
  async function everythingServed(username: string, rounds = 12): Promise<Array<Record<string, unknown>>> {
    const h = await as(username);
    const served: Array<Record<string, unknown>> = [];
    for (let round = 0; round < rounds; round++) {
      served.push(
        ...(
          await t.http
            .get(`/api/me/practice?source=dimension&dimension=${encodeURIComponent(DIMENSION)}&count=50`)
            .set(h)
            .expect(200)
        ).body,
      );
      served.push(...(await t.http.get('/api/me/practice?source=wrong_book&count=50').set(h).expect(200)).body);
    }
    for (const dimension of COMPETENCY_DIMENSIONS)
      served.push(
        ...(
          await t.http
            .get(`/api/me/practice?source=dimension&dimension=${encodeURIComponent(dimension)}&count=50`)
            .set(h)
            .expect(200)
        ).body,
      );
    const weakest = await t.http.get('/api/me/practice?source=dimension&count=50').set(h);
    if (weakest.status === 200) served.push(...weakest.body);
    return served;
  }
  const ids = (served: Array<Record<string, unknown>>) => new Set(served.map((q) => q.questionId as string));
  /** Answers in stored ids ('A', 'B'), sent as practice shows them to that person. */
  const answer = async (username: string, questionId: string, value: unknown): Promise<Response> =>
    t.http
      .post('/api/me/practice/answers')
      .set(await as(username))
      .send({ questionId, answer: await inPracticeIds(t, username, questionId, value) });
  const telling = (res: Response) =>
    JSON.stringify(res.body).includes('解析：') || JSON.stringify(res.body).includes(REFERENCE) || res.body.rightAnswer !== undefined;

  beforeAll(async () => {
    t = await createTestApp();
    const trainer = await as('trainer');
    // the demo's monthly quiz is over: only this spec's sittings hold questions back
    await t.dataSource.query(`UPDATE sitting SET closes_at = now() - interval '1 minute'`);
    const units = (await t.http.get('/api/units').set(await as('admin'))).body as Array<{ id: string; name: string }>;
    const unit = (name: string) => units.find((u) => u.name === name)!.id;

    bankId = (await t.http.post('/api/question-banks').set(trainer).send({ name: '行业政策 练习与月考' }).expect(201)).body.id;
    await t.http
      .put(`/api/question-banks/${bankId}/shares`)
      .set(trainer)
      .send({ unitIds: [unit('营销部')] })
      .expect(200);
    for (let i = 1; i <= 8; i++) pool.push(await question(bankId, `月考/第${i % 2 ? '一' : '二'}节`, `月考题 ${i}`));
    for (let i = 1; i <= 4; i++) practiceOnly.push(await question(bankId, '日常练习', `练习题 ${i}`));
    for (let i = 1; i <= 3; i++) reserved.push(await question(bankId, '考试专用', `考试专用题 ${i}`));
    essayId = await question(bankId, '日常练习', '简述客户经理的合规要求。', {
      type: 'essay',
      options: undefined,
      answer: undefined,
      referenceAnswer: REFERENCE,
      rubric: [{ criterion: '合规', points: 5 }],
    });
    const categories = (await t.http.get(`/api/question-banks/${bankId}/categories`).set(trainer).expect(200)).body as Array<{
      id: string;
      path: string;
    }>;
    const marked = await t.http
      .patch(`/api/question-banks/${bankId}/categories/${categories.find((c) => c.path === '考试专用')!.id}`)
      .set(trainer)
      .send({ purpose: 'exam' })
      .expect(200);
    expect(marked.body).toMatchObject({ path: '考试专用', purpose: 'exam', effectivePurpose: 'exam' });

    const unshared = (
      await t.http
        .post('/api/question-banks')
        .set(trainer)
        .send({ name: '城郊一组 自有题库', ownerUnitId: unit('城郊一组') })
        .expect(201)
    ).body.id;
    unsharedIds = [await question(unshared, '自有', '城郊一组自有题 1'), await question(unshared, '自有', '城郊一组自有题 2')];

    const reservedBank = (
      await t.http.post('/api/question-banks').set(trainer).send({ name: '行业政策 考试题库', purpose: 'exam' }).expect(201)
    ).body;
    expect(reservedBank.purpose).toBe('exam');
    await t.http
      .put(`/api/question-banks/${reservedBank.id}/shares`)
      .set(trainer)
      .send({ unitIds: [unit('营销部')] })
      .expect(200);
    reservedBankIds = [await question(reservedBank.id, '考题', '考试题库题 1'), await question(reservedBank.id, '考题', '考试题库题 2')];
    carveOutId = await question(reservedBank.id, '练习专区', '考试题库中的练习题');
    const carveOut = (
      (await t.http.get(`/api/question-banks/${reservedBank.id}/categories`).set(trainer)).body as Array<{ id: string; path: string }>
    ).find((c) => c.path === '练习专区')!;
    await t.http
      .patch(`/api/question-banks/${reservedBank.id}/categories/${carveOut.id}`)
      .set(trainer)
      .send({ purpose: 'practice' })
      .expect(200);

    // last month staff01 practised every pool question and got it wrong, so all are in their 错题本
    for (const id of pool) expect((await answer('staff01', id, 'A')).status).toBe(200);
    await t.dataSource.query(`UPDATE practice_card SET due_at = now() - interval '1 minute' WHERE question_id = ANY($1::uuid[])`, [pool]);

    // this month's blueprint quiz, assigned to one colleague only, with a personal extension
    const paper = await t.http
      .post('/api/papers')
      .set(trainer)
      .send({ title: '行业政策 月考', kind: 'blueprint', rules: [{ bankId, categoryPath: '月考', count: 2, points: 5 }] })
      .expect(201);
    const staff02 = (await t.http.get('/api/users?q=staff02').set(trainer)).body.items[0].id as string;
    sittingId = (
      await t.http
        .post('/api/sittings')
        .set(trainer)
        .send({
          paperId: paper.body.id,
          title: '行业政策 月考',
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 3600_000).toISOString(),
          durationMinutes: 30,
          assignees: [{ userId: staff02 }],
        })
        .expect(201)
    ).body.id;
    await t.http
      .put(`/api/sittings/${sittingId}/overrides`)
      .set(trainer)
      .send({ overrides: [{ userId: staff02, closesAt: new Date(Date.now() + 7200_000).toISOString() }] })
      .expect(200);
  });
  afterAll(() => t.close());

  it('never serves or answers a question of an open blueprint pool to someone not sitting it, until it has closed for everyone', async () => {
    const colleague = (
      await t.http
        .post(`/api/exams/${sittingId}/attempts`)
        .set(await as('staff02'))
        .expect(201)
    ).body.id as string;
    const drawn = (
      await t.dataSource.query<Array<{ id: string }>>('SELECT question_id AS id FROM attempt_slot WHERE attempt_id = $1', [colleague])
    ).map((r) => r.id);
    expect(drawn.every((id) => pool.includes(id))).toBe(true);

    const whileOpen = async () => {
      const served = ids(await everythingServed('staff01'));
      expect(pool.filter((id) => served.has(id))).toEqual([]);
      expect(practiceOnly.every((id) => served.has(id))).toBe(true); // practice does not go empty
      for (const id of pool) {
        for (const value of [null, 'A', 'B']) {
          const res = await answer('staff01', id, value);
          expect(res.status).toBe(409);
          expect(telling(res)).toBe(false);
        }
      }
    };
    await whileOpen();

    // the sitting's own window ends, but the colleague's extension and open attempt keep it live
    await t.dataSource.query(`UPDATE sitting SET closes_at = now() - interval '1 minute' WHERE id = $1`, [sittingId]);
    await whileOpen();
    await t.dataSource.query(`UPDATE sitting_override SET closes_at = now() - interval '1 minute' WHERE sitting_id = $1`, [sittingId]);
    await whileOpen(); // the colleague is still answering
    await t.http
      .post(`/api/attempts/${colleague}/submit`)
      .set(await as('staff02'))
      .expect(200);

    const served = ids(await everythingServed('staff01', 20));
    expect(pool.filter((id) => !served.has(id))).toEqual([]);
    const feedback = await answer('staff01', pool[0], 'B');
    expect(feedback.status).toBe(200);
    expect(feedback.body).toMatchObject({
      state: 'correct',
      rightAnswer: await inPracticeIds(t, 'staff01', pool[0], 'B'),
      explanation: '解析：月考题 1',
    });
  });

  it('holds back a fixed paper of a make-up that has not opened yet', async () => {
    const trainer = await as('trainer');
    const paper = await t.http
      .post('/api/papers')
      .set(trainer)
      .send({ title: '补考卷', kind: 'fixed', sections: [{ title: '一', slots: [{ questionId: practiceOnly[0], points: 5 }] }] })
      .expect(201);
    const later = await t.http
      .post('/api/sittings')
      .set(trainer)
      .send({
        paperId: paper.body.id,
        title: '下周补考',
        opensAt: new Date(Date.now() + 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
        durationMinutes: 30,
        assignees: [
          { unitId: (await t.http.get('/api/units').set(await as('admin'))).body.find((u: { name: string }) => u.name === '城郊二组').id },
        ],
      })
      .expect(201);
    expect(ids(await everythingServed('staff01', 3)).has(practiceOnly[0])).toBe(false);
    expect((await answer('staff01', practiceOnly[0], 'B')).status).toBe(409);
    await t.dataSource.query(
      `UPDATE sitting SET opens_at = now() - interval '2 minutes', closes_at = now() - interval '1 minute' WHERE id = $1`,
      [later.body.id],
    );
    expect((await answer('staff01', practiceOnly[0], 'B')).status).toBe(200);
  });

  it('serves a bank not shared with the caller’s unit only to the units that reach it', async () => {
    const served = ids(await everythingServed('staff01', 4));
    expect(unsharedIds.filter((id) => served.has(id))).toEqual([]);
    for (const id of unsharedIds) {
      const res = await answer('staff01', id, 'B');
      expect(res.status).toBe(404);
      expect(telling(res)).toBe(false);
    }
    // staff16 is in 城郊一组, which owns it
    const theirs = ids(await everythingServed('staff16', 4));
    expect(unsharedIds.every((id) => theirs.has(id))).toBe(true);
    expect((await answer('staff16', unsharedIds[0], 'B')).status).toBe(200);
  });

  it('never serves exam-reserved material, by bank or by category, and serves a practice corner marked inside it', async () => {
    for (const username of ['staff01', 'staff16']) {
      const served = ids(await everythingServed(username, 4));
      expect([...reserved, ...reservedBankIds].filter((id) => served.has(id))).toEqual([]);
      expect(served.has(carveOutId)).toBe(true);
      for (const id of [...reserved, ...reservedBankIds]) {
        const res = await answer(username, id, 'B');
        expect(res.status).toBe(404);
        expect(telling(res)).toBe(false);
      }
    }
    // marking a whole bank 考试题 takes it out of practice at once
    await t.http
      .patch(`/api/question-banks/${bankId}`)
      .set(await as('trainer'))
      .send({ purpose: 'exam' })
      .expect(200);
    const served = ids(await everythingServed('staff03', 4));
    expect([...practiceOnly, ...pool].filter((id) => served.has(id))).toEqual([]);
    expect((await answer('staff03', practiceOnly[1], 'B')).status).toBe(404);
    await t.http
      .patch(`/api/question-banks/${bankId}`)
      .set(await as('trainer'))
      .send({ purpose: 'practice' })
      .expect(200);
  });

  it('never serves an essay, nor its reference answer or rubric, whatever the answer sent', async () => {
    const served = await everythingServed('staff01', 4);
    expect(ids(served).has(essayId)).toBe(false);
    expect(JSON.stringify(served)).not.toMatch(/referenceAnswer|rubric|explanation|"answer"/);
    // even a card for it in the 错题本 is not retried
    await t.dataSource.query(
      `INSERT INTO practice_card (user_id, question_id, box, due_at, wrong_count) SELECT id, $1, 1, now() - interval '1 minute', 1 FROM app_user WHERE username = 'staff01'`,
      [essayId],
    );
    expect(ids(await everythingServed('staff01', 2)).has(essayId)).toBe(false);
    for (const value of [null, '', '依法经营', ['x']]) {
      const res = await answer('staff01', essayId, value);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(telling(res)).toBe(false);
    }
  });

  it('tells the key only after an answer, never for an empty one', async () => {
    const res = await answer('staff04', practiceOnly[2], null);
    expect(res.status).toBe(400);
    expect(telling(res)).toBe(false);
  });

  it('lets only those who may edit a bank mark it or its categories', async () => {
    await t.http
      .patch(`/api/question-banks/${bankId}`)
      .set(await as('staff01'))
      .send({ purpose: 'practice' })
      .expect(403);
    await t.http
      .patch(`/api/question-banks/${bankId}`)
      .set(await as('manager'))
      .send({ purpose: 'exam' })
      .expect(403);
    const category = (
      (
        await t.http
          .get(`/api/question-banks/${bankId}/categories`)
          .set(await as('manager'))
          .expect(200)
      ).body as Array<{ id: string; path: string; effectivePurpose: string }>
    ).find((c) => c.path === '月考/第一节')!;
    expect(category.effectivePurpose).toBe('practice');
    await t.http
      .patch(`/api/question-banks/${bankId}/categories/${category.id}`)
      .set(await as('manager'))
      .send({ purpose: 'exam' })
      .expect(403);
    await t.http
      .patch(`/api/question-banks/${bankId}/categories/${category.id}`)
      .set(await as('trainer'))
      .send({ purpose: 'secret' })
      .expect(400);
    await t.http
      .patch(`/api/question-banks/${bankId}`)
      .set(await as('trainer'))
      .send({ purpose: 'both' })
      .expect(400);
  });

  it('warns the paper builder, without refusing, when a paper draws practice material', async () => {
    const trainer = await as('trainer');
    const drawsPractice = await t.http
      .post('/api/papers')
      .set(trainer)
      .send({
        title: '含练习题',
        kind: 'blueprint',
        rules: [
          { bankId, categoryPath: '考试专用', count: 1, points: 5 },
          { bankId, categoryPath: '月考', count: 2, points: 5 },
        ],
      })
      .expect(201);
    expect(drawsPractice.body.warnings).toEqual([
      expect.objectContaining({
        kind: 'practice_material',
        ruleIndex: 1,
        practiceCount: 8,
        outOf: 8,
        message: expect.stringContaining('练习题'),
      }),
    ]);
    expect((await t.http.get(`/api/papers/${drawsPractice.body.id}`).set(trainer).expect(200)).body.warnings).toHaveLength(1);

    const fixed = await t.http
      .post('/api/papers')
      .set(trainer)
      .send({
        title: '定卷',
        kind: 'fixed',
        sections: [
          {
            title: '一',
            slots: [
              { questionId: reserved[0], points: 5 },
              { questionId: practiceOnly[3], points: 5 },
            ],
          },
        ],
      })
      .expect(201);
    expect(fixed.body.warnings).toEqual([expect.objectContaining({ questionIds: [practiceOnly[3]], practiceCount: 1, outOf: 2 })]);

    const clean = await t.http
      .post('/api/papers')
      .set(trainer)
      .send({ title: '纯考试题', kind: 'blueprint', rules: [{ bankId, categoryPath: '考试专用', count: 3, points: 5 }] })
      .expect(201);
    expect(clean.body.warnings).toEqual([]);
  });
});
