import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import type { AddressInfo } from 'node:net';
import { LiveClient } from './support/live-client';
import { shownIdOf } from './support/shown-choices';
import { createTestApp, TestApp } from './support/test-app';

const asBuffer = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  (res as unknown as NodeJS.ReadableStream).on('data', (c: Buffer) => chunks.push(c));
  (res as unknown as NodeJS.ReadableStream).on('end', () => cb(null, Buffer.concat(chunks)));
};

interface Keyed {
  id: string;
  content: {
    answer?: unknown;
    options?: Array<{ id: string; text: string }>;
    stem: string;
    type: string;
    referenceAnswer?: string;
    rubric?: unknown;
    explanation?: string;
    dimension?: string;
    difficulty?: number;
  };
}

describe(`exam results, marking and practice (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let sittingId: string;
  const q: Record<'single' | 'true_false' | 'essay', Keyed> = {} as never;
  const attempts = new Map<string, string>();
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  beforeAll(async () => {
    t = await createTestApp();
    const trainer = await as('trainer');
    const banks = (await t.http.get('/api/question-banks').set(trainer)).body as Array<{ id: string; key: string }>;
    const law = banks.find((b) => b.key === 'laws-regulations')!.id;
    // practice material (练习题): the demo's monthly quiz draws from the categories marked 考试题, never practised
    const categories = (await t.http.get(`/api/question-banks/${law}/categories`).set(trainer).expect(200)).body as Array<{
      id: string;
      effectivePurpose: string;
    }>;
    const examOnly = new Set(categories.filter((c) => c.effectivePurpose === 'exam').map((c) => c.id));
    for (const type of ['single', 'true_false', 'essay'] as const) {
      const items = (await t.http.get(`/api/question-banks/${law}/questions?type=${type}&pageSize=100`).set(trainer)).body.items as Array<
        (typeof q)[keyof typeof q] & { categoryId: string | null }
      >;
      q[type] = items.find((item) => !item.categoryId || !examOnly.has(item.categoryId))!;
    }
    const paper = await t.http
      .post('/api/papers')
      .set(trainer)
      .send({
        title: '结果测试卷',
        kind: 'fixed',
        sections: [
          {
            title: '一',
            slots: [
              { questionId: q.single.id, points: 4 },
              { questionId: q.true_false.id, points: 2 },
              { questionId: q.essay.id, points: 10 },
            ],
          },
        ],
      })
      .expect(201);
    const units = (await t.http.get('/api/units').set(await as('admin'))).body as Array<{ id: string; name: string }>;
    sittingId = (
      await t.http
        .post('/api/sittings')
        .set(trainer)
        .send({
          paperId: paper.body.id,
          title: '城中一组 专项测验',
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 3600_000).toISOString(),
          durationMinutes: 20,
          assignees: [{ unitId: units.find((u) => u.name === '城中一组')!.id }],
        })
        .expect(201)
    ).body.id;
    // six of the eight take it: staff01–03 answer the choice questions right, staff04–06 wrong
    const single = q.single.content;
    const wrongOption = single.options!.find((o) => o.id !== single.answer)!.id;
    for (const [i, username] of ['staff01', 'staff02', 'staff03', 'staff04', 'staff05', 'staff06'].entries()) {
      const right = i < 3;
      const attempt = (
        await t.http
          .post(`/api/exams/${sittingId}/attempts`)
          .set(await as(username))
          .expect(201)
      ).body;
      attempts.set(username, attempt.id);
      const put = async (slot: number, answer: unknown) =>
        t.http
          .put(`/api/attempts/${attempt.id}/answers/${slot}`)
          .set(await as(username))
          .send({ answer, seq: 1 })
          .expect(200);
      await put(1, shownIdOf(attempt.questions[0].options, single.options!, right ? (single.answer as string) : wrongOption));
      await put(2, right ? q.true_false.content.answer : !q.true_false.content.answer);
      await put(3, right ? '按规定办理，依法经营，不向未成年人售烟。' : '不知道');
      await t.http
        .post(`/api/attempts/${attempt.id}/submit`)
        .set(await as(username))
        .expect(200);
    }
  });
  afterAll(() => t.close());

  it('lists every assigned person with their status: waiting for marking, or not yet taken', async () => {
    const rows = (
      await t.http
        .get(`/api/sittings/${sittingId}/results`)
        .set(await as('trainer'))
        .expect(200)
    ).body as Array<{ username: string; status: string; score: number | null }>;
    expect(rows.map((r) => r.username)).toEqual(['staff01', 'staff02', 'staff03', 'staff04', 'staff05', 'staff06', 'staff07', 'staff08']);
    expect(rows.map((r) => r.status)).toEqual([
      'submitted',
      'submitted',
      'submitted',
      'submitted',
      'submitted',
      'submitted',
      'open',
      'open',
    ]);
    expect(rows.every((r) => r.score === null)).toBe(true);
  });

  it('keeps results inside the caller’s scope, and shows them to the manager whose people sat it', async () => {
    expect(
      (
        await t.http
          .get(`/api/sittings/${sittingId}/results`)
          .set(await as('manager-cz'))
          .expect(200)
      ).body,
    ).toHaveLength(8);
    await t.http
      .get(`/api/sittings/${sittingId}/results`)
      .set(await as('manager'))
      .expect(200);
    await t.http
      .get(`/api/sittings/${sittingId}/results`)
      .set(await as('staff01'))
      .expect(403);
  });

  it('queues the essays for marking without naming the candidates, and publishes each result once marked', async () => {
    const queue = (
      await t.http
        .get('/api/grading/queue')
        .set(await as('trainer'))
        .expect(200)
    ).body as Array<{ attemptId: string; slot: number; referenceAnswer: string; response: string }>;
    const mine = queue.filter((item) => [...attempts.values()].includes(item.attemptId));
    expect(mine).toHaveLength(6);
    expect(mine[0].referenceAnswer).toBe(q.essay.content.referenceAnswer);
    const text = JSON.stringify(mine);
    for (const name of ['staff01', '王建国', 'username', 'displayName']) expect(text).not.toContain(name);
    // a second trainer follows the results page live while the marking goes on
    await t.app.listen(0, '127.0.0.1');
    const live = await LiveClient.open(`ws://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/api/live`);
    live.send({ type: 'auth', token: await t.tokenFor('trainer') });
    await live.next({ type: 'ready' });
    live.send({ type: 'watch', topic: 'sitting', id: sittingId });
    await live.next({ type: 'watching' });
    for (const [username, attemptId] of attempts) {
      const score = ['staff01', 'staff02', 'staff03'].includes(username) ? 8 : 2;
      const res = await t.http
        .post(`/api/grading/attempts/${attemptId}/slots/3`)
        .set(await as('trainer'))
        .send({ score, feedback: '要点基本齐全' })
        .expect(200);
      expect(res.body).toMatchObject({ slotScore: score, attemptStatus: 'graded' });
    }
    const result = (
      await t.http
        .get(`/api/attempts/${attempts.get('staff01')}/result`)
        .set(await as('staff01'))
        .expect(200)
    ).body;
    expect(result).toMatchObject({ status: 'graded', score: 14, maxScore: 16 });
    await live.next({ type: 'event' }, 7); // after 'ready', 'watching' and five earlier events: the sixth
    const marked = live.frames
      .filter((f) => f.type === 'event')
      .map((f) => f.data as { attemptId: string; kind: string; status: string; score: number });
    expect(marked.map(({ attemptId, kind, status, score }) => ({ attemptId, kind, status, score }))).toEqual(
      [...attempts].map(([username, attemptId]) => ({
        attemptId,
        kind: 'marked',
        status: 'graded',
        score: ['staff01', 'staff02', 'staff03'].includes(username) ? 14 : 2,
      })),
    );
    live.ws.terminate();
    await t.http
      .post(`/api/grading/attempts/${attempts.get('staff01')}/slots/3`)
      .set(await as('trainer'))
      .send({ score: 11 })
      .expect(400);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'grade.essay_mark'`);
    expect(n).toBe(6);
  });

  it('averages a second marker’s mark with the first', async () => {
    const units = (await t.http.get('/api/units').set(await as('admin'))).body as Array<{ id: string; name: string }>;
    await t.http
      .post('/api/users')
      .set(await as('admin'))
      .send({
        username: 'marker2',
        displayName: '第二阅卷人',
        password: 'created-by-admin-1',
        roles: ['trainer'],
        unitId: units.find((u) => u.name === '营销部')!.id,
      })
      .expect(201);
    const res = await t.http
      .post(`/api/grading/attempts/${attempts.get('staff02')}/slots/3`)
      .set(await as('marker2'))
      .send({ score: 6 })
      .expect(200);
    expect(res.body).toMatchObject({ slotScore: 7, attemptScore: 13 });
  });

  it('re-scores every affected attempt when a trainer corrects a key, and the candidates see it', async () => {
    const single = q.single.content;
    const newKey = single.options!.find((o) => o.id !== single.answer)!.id;
    const before = (await t.http.get(`/api/attempts/${attempts.get('staff04')}/result`).set(await as('staff04'))).body.score;
    const bad = await t.http
      .post(`/api/questions/${q.single.id}/key-correction`)
      .set(await as('trainer'))
      .send({ stem: `${single.stem}（改）`, answer: newKey, note: '试图改题干' })
      .expect(400);
    expect(bad.body.message).toEqual(expect.arrayContaining([expect.stringContaining('stem')]));
    await t.http
      .post(`/api/questions/${q.single.id}/key-correction`)
      .set(await as('trainer'))
      .send({ answer: 'Z', note: '不存在的选项' })
      .expect(400);
    const res = await t.http
      .post(`/api/questions/${q.single.id}/key-correction`)
      .set(await as('trainer'))
      .send({ answer: newKey, note: '原答案有误' })
      .expect(200);
    expect(res.body.regraded).toBe(6);
    const after = (await t.http.get(`/api/attempts/${attempts.get('staff04')}/result`).set(await as('staff04'))).body.score;
    expect(after).toBe(before + 4);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'question.key_correction' AND target_id = $1`,
      [q.single.id],
    );
    expect(n).toBe(1);
  });

  it('exports the results table as a spreadsheet a manager can open', async () => {
    const res = await t.http
      .get(`/api/sittings/${sittingId}/results/export`)
      .set(await as('trainer'))
      .buffer(true)
      .parse(asBuffer)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('姓名');
    expect(sheet.rowCount).toBe(9);
    const statuses = Array.from({ length: 8 }, (_, i) => sheet.getRow(i + 2).getCell(4).value);
    expect(statuses.filter((s) => s === '已出分')).toHaveLength(6);
    expect(statuses.filter((s) => s === '未参加')).toHaveLength(2);
  });

  it('analyses the items of the sitting', async () => {
    const res = (
      await t.http
        .get(`/api/sittings/${sittingId}/item-analysis`)
        .set(await as('trainer'))
        .expect(200)
    ).body;
    expect(res.test).toMatchObject({ count: 6 });
    expect(res.items).toHaveLength(3);
    for (const item of res.items)
      expect(item).toMatchObject({
        attempts: 6,
        facilityPercent: expect.any(Number),
        review: expect.objectContaining({ status: expect.any(String) }),
      });
    const single = res.items.find((i: { questionId: string }) => i.questionId === q.single.id);
    expect(single.distractors.responses).toBe(6);
    // people read the question they analyse, not its internal key
    expect(single.stem).toBe(q.single.content.stem);
  });

  it('marks weak questions in their bank only when the trainer asks, never on reading the analysis', async () => {
    const flagOf = async (id: string) =>
      (
        await t.http
          .get(`/api/questions/${id}`)
          .set(await as('trainer'))
          .expect(200)
      ).body.qualityFlag as string | null;
    const read = (
      await t.http
        .get(`/api/sittings/${sittingId}/item-analysis`)
        .set(await as('trainer'))
        .expect(200)
    ).body;
    const weak = (read.items as Array<{ questionId: string; review: { status: string } }>)
      .filter((i) => i.review.status === 'flagged')
      .map((i) => i.questionId);
    expect(weak.length).toBeGreaterThan(0);
    for (const id of weak) expect(await flagOf(id)).toBeNull();
    await t.http
      .post(`/api/sittings/${sittingId}/item-analysis/flags`)
      .set(await as('manager'))
      .expect(403);
    const marked = (
      await t.http
        .post(`/api/sittings/${sittingId}/item-analysis/flags`)
        .set(await as('trainer'))
        .expect(200)
    ).body;
    expect(marked.flagged).toBe(weak.length);
    for (const id of weak) expect(await flagOf(id)).toMatch(/^题目分析（\d{4}-\d{2}-\d{2}）：区分度低或为负/);
  });

  it('previews a paper as a candidate would see it, without keys', async () => {
    const papers = (
      await t.http
        .get('/api/papers')
        .set(await as('trainer'))
        .expect(200)
    ).body as Array<{ id: string; title: string }>;
    const paper = papers.find((p) => p.title === '结果测试卷')!;
    const preview = (
      await t.http
        .get(`/api/papers/${paper.id}/preview`)
        .set(await as('trainer'))
        .expect(200)
    ).body as Array<{ type: string; stem: string }>;
    expect(preview.map((p) => p.type)).toEqual(['single', 'true_false', 'essay']);
    expect(JSON.stringify(preview)).not.toMatch(/"(answer|referenceAnswer|rubric|explanation)"/);
  });

  it('schedules a make-up sitting (补考) for exactly those who failed or missed', async () => {
    const rows = (await t.http.get(`/api/sittings/${sittingId}/results`).set(await as('trainer'))).body as Array<{
      userId: string;
      username: string;
      passed: boolean | null;
      status: string;
    }>;
    const expected = rows
      .filter((r) => r.passed !== true)
      .map((r) => r.userId)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows.length);
    const makeup = (
      await t.http
        .post(`/api/sittings/${sittingId}/makeup`)
        .set(await as('trainer'))
        .send({ opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() })
        .expect(201)
    ).body;
    expect(makeup).toMatchObject({ title: '城中一组 专项测验（补考）', makeupOf: sittingId });
    expect(makeup.assignees.map((a: { userId: string }) => a.userId).sort()).toEqual(expected);
  });

  it('collects wrong answers in the 错题本, and does not retry them while a sitting that can show them is open', async () => {
    // the policy shows right answers only after the window closes: until then nothing to practise
    expect(
      (
        await t.http
          .get('/api/me/wrong-answers')
          .set(await as('staff05'))
          .expect(200)
      ).body,
    ).toEqual([]);
    await t.http
      .get(`/api/me/wrong-answers/${q.true_false.id}`)
      .set(await as('staff05'))
      .expect(404);
    await t.http
      .post('/api/me/practice/answers')
      .set(await as('staff05'))
      .send({ questionId: q.true_false.id, answer: true })
      .expect(409);
    // …and for everyone: the make-up gives the same paper to those who failed, staff05 among them
    await t.dataSource.query(`UPDATE sitting SET closes_at = now() - interval '1 minute' WHERE id = $1`, [sittingId]);
    expect(
      (
        await t.http
          .get('/api/me/wrong-answers')
          .set(await as('staff05'))
          .expect(200)
      ).body,
    ).toEqual([]);
    await t.dataSource.query(`UPDATE sitting SET closes_at = now() - interval '1 minute' WHERE makeup_of = $1`, [sittingId]);
    const book = (
      await t.http
        .get('/api/me/wrong-answers')
        .set(await as('staff05'))
        .expect(200)
    ).body as Array<{ questionId: string; box: number }>;
    expect(book.map((b) => b.questionId)).toEqual(expect.arrayContaining([q.true_false.id]));
    // another sitting open to staff05 can still show it: not retried yet
    const other = (
      await t.http
        .post('/api/papers')
        .set(await as('trainer'))
        .send({ title: '另一场测验', kind: 'fixed', sections: [{ title: '一', slots: [{ questionId: q.true_false.id, points: 2 }] }] })
        .expect(201)
    ).body.id;
    const staff05 = (await t.dataSource.query(`SELECT id FROM app_user WHERE username = 'staff05'`))[0].id;
    const otherSitting = (
      await t.http
        .post('/api/sittings')
        .set(await as('trainer'))
        .send({
          paperId: other,
          title: '另一场测验',
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 3600_000).toISOString(),
          durationMinutes: 10,
          assignees: [{ userId: staff05 }],
        })
        .expect(201)
    ).body.id;
    const held = (
      await t.http
        .get('/api/me/practice?source=wrong_book')
        .set(await as('staff05'))
        .expect(200)
    ).body as Array<{ questionId: string }>;
    expect(held.map((p) => p.questionId)).not.toContain(q.true_false.id);
    await t.http
      .post('/api/me/practice/answers')
      .set(await as('staff05'))
      .send({ questionId: q.true_false.id, answer: q.true_false.content.answer })
      .expect(409);
    // nor opened with its key while that sitting can still show it
    await t.http
      .get(`/api/me/wrong-answers/${q.true_false.id}`)
      .set(await as('staff05'))
      .expect(409);
    await t.dataSource.query(`UPDATE sitting SET closes_at = now() - interval '1 minute' WHERE id = $1`, [otherSitting]);
    await t.dataSource.query(`UPDATE sitting SET closes_at = now() + interval '7 days' WHERE makeup_of = $1`, [sittingId]);
  });

  it('keeps questions of an exam not over yet out of practice, and will not tell their answers', async () => {
    const h = await as('staff07');
    const practise = async (questionId: string, answer: unknown = true) =>
      t.http.post('/api/me/practice/answers').set(h).send({ questionId, answer });
    const drawn = async () =>
      (
        (await t.http.get('/api/me/practice?source=dimension&dimension=法律法规&count=50').set(h).expect(200)).body as Array<{
          questionId: string;
        }>
      ).map((p) => p.questionId);

    // the make-up, open for a week, is a fixed paper of these three questions
    const refused = await practise(q.true_false.id);
    expect([refused.status, refused.body.message]).toEqual([409, '这道题属于尚未结束的考试，考试结束后才能练习']);
    expect(await drawn()).not.toContain(q.true_false.id);

    // the month's quiz draws from material marked 考试题: practice never serves or answers it, open or closed
    const monthly = (await t.http.get('/api/me/exams').set(h).expect(200)).body.find((e: { title: string }) =>
      e.title.includes('月度测验'),
    ).sittingId;
    const attempt = (await t.http.post(`/api/exams/${monthly}/attempts`).set(h).expect(201)).body.id;
    const mine = (
      await t.dataSource.query<Array<{ id: string }>>(
        `SELECT question_id AS id FROM attempt_slot s JOIN question q ON q.id = s.question_id WHERE s.attempt_id = $1 AND q.dimension = '法律法规' AND q.type IN ('single', 'multiple', 'true_false')`,
        [attempt],
      )
    ).map((r) => r.id);
    expect(mine.length).toBeGreaterThan(0);
    const offered = await drawn();
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.filter((id) => mine.includes(id))).toEqual([]);
    expect((await practise(mine[0], null)).status).toBe(404);

    await t.dataSource.query(`UPDATE sitting SET closes_at = now() - interval '1 minute' WHERE makeup_of = $1 OR id = $2`, [
      sittingId,
      monthly,
    ]);
    await t.http.post(`/api/attempts/${attempt}/submit`).set(h).expect(200);
    // once closed for everyone a practice question is practice like any other; the quiz's stays the exam's
    expect((await practise(q.true_false.id)).status).toBe(200);
    expect((await practise(mine[0], null)).status).toBe(404);
  });

  it('lets the candidate retry the 错题本 with spaced repetition once every sitting that can show the question has closed', async () => {
    const set = (
      await t.http
        .get('/api/me/practice?source=wrong_book')
        .set(await as('staff05'))
        .expect(200)
    ).body as Array<{ questionId: string; type: string }>;
    const tf = set.find((p) => p.questionId === q.true_false.id)!;
    expect(JSON.stringify(tf)).not.toContain('"answer"');
    // the card opens on the question with the candidate's own wrong answer, the key and the explanation
    const opened = (
      await t.http
        .get(`/api/me/wrong-answers/${tf.questionId}`)
        .set(await as('staff05'))
        .expect(200)
    ).body;
    expect(opened).toMatchObject({
      questionId: tf.questionId,
      content: { answer: q.true_false.content.answer, explanation: q.true_false.content.explanation },
    });
    expect(opened.myAnswers).toEqual([{ answer: !q.true_false.content.answer, answeredAt: expect.any(String) }]);
    // someone else's 错题本 card is not theirs to open
    await t.http
      .get(`/api/me/wrong-answers/${tf.questionId}`)
      .set(await as('staff01'))
      .expect(404);
    const feedback = (
      await t.http
        .post('/api/me/practice/answers')
        .set(await as('staff05'))
        .send({ questionId: tf.questionId, answer: q.true_false.content.answer })
        .expect(200)
    ).body;
    expect(feedback).toMatchObject({ state: 'correct', rightAnswer: q.true_false.content.answer, box: 2, serverNow: expect.any(String) });
    const dims = (
      await t.http
        .get('/api/me/dimensions')
        .set(await as('staff05'))
        .expect(200)
    ).body;
    expect(dims).toEqual([expect.objectContaining({ dimension: '法律法规', maxScore: 16 })]);
    // practice is not assessment: the exam result is untouched
    const results = (await t.http.get(`/api/sittings/${sittingId}/results`).set(await as('trainer'))).body as Array<{
      username: string;
      attemptsUsed: number;
    }>;
    expect(results.find((r) => r.username === 'staff05')!.attemptsUsed).toBe(1);
  });
});
