import { AttemptScoring } from '../src/modules/exams/application/attempt-scoring.service';
import { DeadlineSweeper } from '../src/modules/exams/application/deadline-sweeper';
import { shownIdOf } from './support/shown-choices';
import { createTestApp, TestApp } from './support/test-app';

describe(`taking an exam (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let monthly: string;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const start = async (username: string, sittingId = monthly) => t.http.post(`/api/exams/${sittingId}/attempts`).set(await as(username));
  const save = async (username: string, attemptId: string, slot: number, answer: unknown, seq: number) =>
    t.http
      .put(`/api/attempts/${attemptId}/answers/${slot}`)
      .set(await as(username))
      .send({ answer, seq });
  /** Asserts the status, showing the body when it differs. */
  const status = <R extends { status: number; body: unknown }>(res: R, expected: number): R => {
    expect([res.status, res.body]).toEqual([expected, expect.anything()]);
    return res;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const exams = (
      await t.http
        .get('/api/me/exams')
        .set(await as('staff01'))
        .expect(200)
    ).body;
    monthly = exams[0].sittingId;
  });
  afterAll(() => t.close());

  it('lists the demo monthly exam as open for every demo staff member, and not for a trainer', async () => {
    for (const username of ['staff01', 'staff16', 'staff30']) {
      const exams = (
        await t.http
          .get('/api/me/exams')
          .set(await as(username))
          .expect(200)
      ).body;
      expect(exams).toEqual([
        expect.objectContaining({
          sittingId: monthly,
          status: 'open',
          inProgressDeadline: null,
          attemptsUsed: 0,
          attemptsAllowed: 1,
          durationMinutes: 30,
          questionCount: 20,
          maxScore: 100,
        }),
      ]);
    }
    expect(
      (
        await t.http
          .get('/api/me/exams')
          .set(await as('trainer'))
          .expect(200)
      ).body,
    ).toEqual([]);
  });

  it('starts an attempt whose payload carries no key, explanation or rubric, and resumes the same attempt', async () => {
    const res = status(await start('staff01'), 201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      deadline: expect.any(String),
      serverNow: expect.any(String),
      status: 'in_progress',
    });
    expect(res.body.questions).toHaveLength(20);
    const text = JSON.stringify(res.body.questions);
    expect(text).not.toMatch(/"(answer|explanation|referenceAnswer|rubric|correct|key)"/);
    const deadline = new Date(res.body.deadline).getTime();
    expect(deadline - new Date(res.body.serverNow).getTime()).toBeGreaterThan(29 * 60_000);
    const again = status(await start('staff01'), 200);
    expect(again.body.id).toBe(res.body.id);
    // the My exams card counts down to the same deadline
    const [card] = (
      await t.http
        .get('/api/me/exams')
        .set(await as('staff01'))
        .expect(200)
    ).body;
    expect(card).toMatchObject({
      status: 'in_progress',
      inProgressAttemptId: res.body.id,
      inProgressDeadline: res.body.deadline,
      serverNow: expect.any(String),
    });
    const resumed = await t.http
      .get(`/api/attempts/${res.body.id}`)
      .set(await as('staff01'))
      .expect(200);
    expect(resumed.body.questions.map((q: { slot: number; stem: string }) => q.stem)).toEqual(
      res.body.questions.map((q: { stem: string }) => q.stem),
    );
  });

  it('creates exactly one attempt when ten starts arrive at once', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => start('staff02')));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM attempt a JOIN app_user u ON u.id = a.user_id WHERE u.username = 'staff02'`,
    );
    expect(n).toBe(1);
  });

  describe('saving answers', () => {
    let attempt: {
      id: string;
      questions: Array<{ slot: number; type: string; options?: Array<{ id: string }>; items?: Array<{ id: string }>; blanks?: number }>;
    };
    const answerFor = (q: (typeof attempt.questions)[number]): unknown => {
      switch (q.type) {
        case 'single':
          return q.options![0].id;
        case 'multiple':
          return [q.options![0].id];
        case 'true_false':
          return true;
        case 'numeric':
          return 42;
        case 'ordering':
          return q.items!.map((i) => i.id);
        case 'fill_blank':
          return Array.from({ length: q.blanks! }, () => '答案');
        default:
          return 'text';
      }
    };

    beforeAll(async () => {
      attempt = status(await start('staff03'), 201).body;
    });

    it('acknowledges an answer with its seq, and a resume shows it', async () => {
      const q = attempt.questions[0];
      const res = status(await save('staff03', attempt.id, q.slot, answerFor(q), 1), 200);
      expect(res.body).toEqual({ seq: 1, savedAt: expect.any(String), serverNow: expect.any(String) });
      // the same write again, as after a lost acknowledgement: acknowledged again, not refused
      const again = status(await save('staff03', attempt.id, q.slot, answerFor(q), 1), 200);
      expect(again.body.savedAt).toBe(res.body.savedAt);
      const resumed = await t.http
        .get(`/api/attempts/${attempt.id}`)
        .set(await as('staff03'))
        .expect(200);
      expect(resumed.body.answers).toEqual([{ slot: q.slot, answer: answerFor(q), seq: 1, savedAt: res.body.savedAt }]);
    });

    it('refuses an answer of the wrong shape with 400', async () => {
      const single = attempt.questions.find((q) => q.type === 'single')!;
      const res = status(await save('staff03', attempt.id, single.slot, ['A', 'B'], 5), 400);
      expect(res.body.message).toMatch(/^answer: /);
      status(await save('staff03', attempt.id, single.slot, 'Z', 6), 400);
    });

    it('never lets an older write overwrite a newer one (409)', async () => {
      const q = attempt.questions[1];
      status(await save('staff03', attempt.id, q.slot, answerFor(q), 10), 200);
      const stale = status(await save('staff03', attempt.id, q.slot, null, 9), 409);
      expect(stale.body.details).toEqual({ reason: 'stale', seq: 10 });
      status(await save('staff03', attempt.id, q.slot, null, 10), 409);
      const resumed = await t.http
        .get(`/api/attempts/${attempt.id}`)
        .set(await as('staff03'))
        .expect(200);
      expect(resumed.body.answers.find((a: { slot: number }) => a.slot === q.slot)).toMatchObject({ answer: answerFor(q), seq: 10 });
    });

    it('answers 404 for another person’s attempt, for saving, resuming and results alike', async () => {
      const q = attempt.questions[0];
      status(await save('staff04', attempt.id, q.slot, answerFor(q), 99), 404);
      await t.http
        .get(`/api/attempts/${attempt.id}`)
        .set(await as('staff04'))
        .expect(404);
      await t.http
        .get(`/api/attempts/${attempt.id}/result`)
        .set(await as('staff04'))
        .expect(404);
      await t.http
        .post(`/api/attempts/${attempt.id}/submit`)
        .set(await as('staff04'))
        .expect(404);
    });

    it('accepts answers within the 30 s grace after the deadline and refuses them after', async () => {
      const q = attempt.questions[2];
      await t.dataSource.query(`UPDATE attempt SET deadline = now() - interval '25 seconds' WHERE id = $1`, [attempt.id]);
      status(await save('staff03', attempt.id, q.slot, answerFor(q), 20), 200);
      await t.dataSource.query(`UPDATE attempt SET deadline = now() - interval '31 seconds' WHERE id = $1`, [attempt.id]);
      const late = status(await save('staff03', attempt.id, q.slot, null, 21), 409);
      expect(late.body.details).toEqual({ reason: 'deadline' });
    });

    it('submits overdue attempts on the server with their last saved answers, exactly once across two sweepers', async () => {
      // an answer saved in time, then past the deadline and its grace, whatever the tests before it did
      const q = attempt.questions[3];
      await t.dataSource.query(`UPDATE attempt SET deadline = now() + interval '10 minutes' WHERE id = $1`, [attempt.id]);
      status(await save('staff03', attempt.id, q.slot, answerFor(q), 30), 200);
      await t.dataSource.query(`UPDATE attempt SET deadline = now() - interval '31 seconds' WHERE id = $1`, [attempt.id]);
      const sweeper = t.app.get(DeadlineSweeper);
      const [a, b] = await Promise.all([sweeper.sweep(), sweeper.sweep()]);
      expect(a + b).toBe(1);
      const [row] = await t.dataSource.query(`SELECT status, submitted_by FROM attempt WHERE id = $1`, [attempt.id]);
      expect(row).toEqual({ status: 'graded', submitted_by: 'server' });
      const events = await t.dataSource.query(`SELECT count(*)::int AS n FROM attempt_event WHERE attempt_id = $1 AND kind = 'submitted'`, [
        attempt.id,
      ]);
      expect(events[0].n).toBe(1);
      const result = (
        await t.http
          .get(`/api/attempts/${attempt.id}/result`)
          .set(await as('staff03'))
          .expect(200)
      ).body;
      expect(result.questions[3].yourAnswer).toEqual(answerFor(q));
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM domain_event WHERE type = 'exam.attempt_graded' AND payload->>'attemptId' = $1`,
        [attempt.id],
      );
      expect(n).toBe(1);
    });
  });

  describe('a storm of submits', () => {
    const submit = async (username: string, attemptId: string) => t.http.post(`/api/attempts/${attemptId}/submit`).set(await as(username));
    const result = async (username: string, attemptId: string) =>
      status(await t.http.get(`/api/attempts/${attemptId}/result`).set(await as(username)), 200).body;
    const myStatus = async (username: string) =>
      (
        await t.http
          .get('/api/me/exams')
          .set(await as(username))
          .expect(200)
      ).body.find((e: { sittingId: string }) => e.sittingId === monthly).status;
    const gradedEvents = async (attemptId: string) =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM domain_event WHERE type = 'exam.attempt_graded' AND payload->>'attemptId' = $1`,
          [attemptId],
        )
      )[0].n;

    it('acknowledges a submit at once while the scoring is busy, and scores it moments later', async () => {
      const attempt = status(await start('staff10'), 201).body;
      const busy = jest.spyOn(t.app.get(AttemptScoring), 'busy', 'get').mockReturnValue(true);
      let ack;
      try {
        ack = status(await submit('staff10', attempt.id), 200).body;
      } finally {
        busy.mockRestore();
      }
      expect(ack).toMatchObject({
        attemptId: attempt.id,
        status: 'scoring',
        submittedAt: expect.any(String),
        visible: { score: true, rightAnswers: false },
      });
      expect(ack).not.toHaveProperty('score');
      expect(ack).not.toHaveProperty('questions');
      status(await save('staff10', attempt.id, 1, null, 5), 409);

      let scored = await result('staff10', attempt.id);
      for (let i = 0; i < 50 && scored.status === 'scoring'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        scored = await result('staff10', attempt.id);
      }
      expect(scored).toMatchObject({ status: 'graded', score: 0, maxScore: 100, submittedAt: ack.submittedAt });
      expect(scored.questions).toHaveLength(20);
      const [row] = await t.dataSource.query('SELECT submitted_by FROM attempt WHERE id = $1', [attempt.id]);
      expect(row.submitted_by).toBe('candidate');
      expect(await gradedEvents(attempt.id)).toBe(1);
    });

    it('scores, once, an attempt left waiting by an instance that stopped, and shows it as being scored until then', async () => {
      const attempt = status(await start('staff11'), 201).body;
      // submitted on an instance that died before scoring it
      await t.dataSource.query(
        `UPDATE attempt SET status = 'scoring', submitted_at = now() - interval '5 seconds', submitted_by = 'candidate' WHERE id = $1`,
        [attempt.id],
      );
      expect(await result('staff11', attempt.id)).toMatchObject({ status: 'scoring' });
      expect(await myStatus('staff11')).toBe('scoring');

      const sweeper = t.app.get(DeadlineSweeper);
      await sweeper.sweep();
      expect(await result('staff11', attempt.id)).toMatchObject({ status: 'scoring' });

      await t.dataSource.query(`UPDATE attempt SET submitted_at = now() - interval '11 seconds' WHERE id = $1`, [attempt.id]);
      await Promise.all([sweeper.sweep(), sweeper.sweep()]);
      expect(await result('staff11', attempt.id)).toMatchObject({ status: 'graded', score: 0 });
      expect(await myStatus('staff11')).toBe('graded');
      expect(await gradedEvents(attempt.id)).toBe(1);
    });
  });

  describe('scoring a fixed paper', () => {
    let sittingId: string;
    let singleShownKey: string;
    const keyed: Record<string, { id: string; content: { answer: unknown; options?: Array<{ id: string; text: string }> } }> = {};

    beforeAll(async () => {
      const trainer = await as('trainer');
      const banks = (await t.http.get('/api/question-banks').set(trainer)).body as Array<{ id: string; key: string }>;
      const law = banks.find((b) => b.key === 'laws-regulations')!.id;
      for (const type of ['single', 'true_false', 'multiple']) {
        const page = (await t.http.get(`/api/question-banks/${law}/questions?type=${type}&pageSize=1`).set(trainer)).body;
        keyed[type] = page.items[0];
      }
      const paper = await t.http
        .post('/api/papers')
        .set(trainer)
        .send({
          title: '定卷',
          kind: 'fixed',
          multipleRule: 'partial_half',
          sections: [
            {
              title: '一',
              slots: [
                { questionId: keyed.single.id, points: 2 },
                { questionId: keyed.true_false.id, points: 3 },
                { questionId: keyed.multiple.id, points: 4 },
              ],
            },
          ],
        })
        .expect(201);
      expect(paper.body).toMatchObject({ questionCount: 3, maxScore: 9 });
      const users = (await t.http.get('/api/users?q=staff05').set(trainer)).body.items;
      const now = Date.now();
      const sitting = await t.http
        .post('/api/sittings')
        .set(trainer)
        .send({
          paperId: paper.body.id,
          title: '定卷测验',
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: new Date(now + 3600_000).toISOString(),
          durationMinutes: 10,
          assignees: [{ userId: users[0].id }],
          overrides: [{ userId: users[0].id, extraMinutes: 5 }],
        })
        .expect(201);
      sittingId = sitting.body.id;
    });

    it('grades right, wrong and 少选 answers and shows the score but not the key right after submitting', async () => {
      const attempt = status(await start('staff05', sittingId), 201).body;
      expect(new Date(attempt.deadline).getTime() - new Date(attempt.serverNow).getTime()).toBeGreaterThan(14 * 60_000);
      const single = keyed.single.content;
      const tf = keyed.true_false.content;
      const multiple = keyed.multiple.content;
      singleShownKey = shownIdOf(attempt.questions[0].options, single.options!, single.answer as string);
      status(await save('staff05', attempt.id, 1, singleShownKey, 1), 200);
      status(await save('staff05', attempt.id, 2, !(tf.answer as boolean), 1), 200);
      status(
        await save(
          'staff05',
          attempt.id,
          3,
          [shownIdOf(attempt.questions[2].options, multiple.options!, (multiple.answer as string[])[0])],
          1,
        ),
        200,
      );
      const submits = await Promise.all(
        Array.from({ length: 5 }, async () => t.http.post(`/api/attempts/${attempt.id}/submit`).set(await as('staff05'))),
      );
      expect(submits.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      for (const r of submits) expect(r.body).toEqual(submits[0].body);
      const result = submits[0].body;
      expect(result).toMatchObject({
        status: 'graded',
        score: 4,
        maxScore: 9,
        percent: 44.4,
        passed: false,
        visible: { score: true, rightAnswers: false },
      });
      expect(JSON.stringify(result.questions)).not.toContain('rightAnswer');
      const events = await t.dataSource.query(`SELECT count(*)::int AS n FROM attempt_event WHERE attempt_id = $1 AND kind = 'submitted'`, [
        attempt.id,
      ]);
      expect(events[0].n).toBe(1);
      status(await save('staff05', attempt.id, 1, null, 2), 409);
    });

    it('shows right answers and explanations once the window has closed', async () => {
      await t.dataSource.query(`UPDATE sitting SET closes_at = now() - interval '1 minute' WHERE id = $1`, [sittingId]);
      const exams = (await t.http.get('/api/me/exams').set(await as('staff05'))).body;
      const mine = exams.find((e: { sittingId: string }) => e.sittingId === sittingId);
      expect(mine.status).toBe('graded');
      const result = (
        await t.http
          .get(`/api/attempts/${mine.lastAttemptId}/result`)
          .set(await as('staff05'))
          .expect(200)
      ).body;
      expect(result.visible).toEqual({ score: true, correctness: true, rightAnswers: true, explanations: true });
      // the key in the ids this candidate was shown
      expect(result.questions[0]).toMatchObject({ rightAnswer: singleShownKey, yourAnswer: singleShownKey, state: 'correct', score: 2 });
      expect(result.questions[1]).toMatchObject({ state: 'incorrect', score: 0 });
      expect(result.questions[2]).toMatchObject({ state: 'partial', score: 2 });
      expect(result.byDimension).toEqual([{ dimension: '法律法规', score: 4, maxScore: 9, pending: false }]);
    });

    it('refuses a blueprint that asks for more questions than the bank has, naming the rule', async () => {
      const trainer = await as('trainer');
      const banks = (await t.http.get('/api/question-banks').set(trainer)).body as Array<{ id: string; key: string }>;
      const res = await t.http
        .post('/api/papers')
        .set(trainer)
        .send({
          title: '过多',
          kind: 'blueprint',
          rules: [{ bankId: banks.find((b) => b.key === 'v3-operation')!.id, type: 'essay', count: 50, points: 2 }],
        })
        .expect(400);
      expect(res.body.message).toMatch(/^rules\[0\]: 第 1 条抽题规则需要 50 道题，只有 \d+ 道可用/);
    });

    it('submits a strict-mode attempt after the allowed number of page switches', async () => {
      const trainer = await as('trainer');
      const paper = (await t.http.get('/api/papers').set(trainer)).body[0];
      const users = (await t.http.get('/api/users?q=staff06').set(trainer)).body.items;
      const sitting = (
        await t.http
          .post('/api/sittings')
          .set(trainer)
          .send({
            paperId: paper.id,
            title: '严格模式',
            opensAt: new Date(Date.now() - 1000).toISOString(),
            closesAt: new Date(Date.now() + 3600_000).toISOString(),
            durationMinutes: 10,
            switchLimit: 2,
            assignees: [{ userId: users[0].id }],
          })
          .expect(201)
      ).body;
      const attempt = status(await start('staff06', sitting.id), 201).body;
      const eventId = '6f0c7a52-4d1e-4e0b-9a55-2c1f0e7b9d11';
      const first = await t.http
        .post(`/api/attempts/${attempt.id}/events`)
        .set(await as('staff06'))
        .send({ kind: 'hidden', eventId })
        .expect(200);
      expect(first.body).toEqual({ switchCount: 1, submitted: false });
      const resent = await t.http
        .post(`/api/attempts/${attempt.id}/events`)
        .set(await as('staff06'))
        .send({ kind: 'hidden', eventId })
        .expect(200);
      expect(resent.body).toEqual({ switchCount: 1, submitted: false });
      const second = await t.http
        .post(`/api/attempts/${attempt.id}/events`)
        .set(await as('staff06'))
        .send({ kind: 'hidden' })
        .expect(200);
      expect(second.body).toEqual({ switchCount: 2, submitted: true });
      const [row] = await t.dataSource.query('SELECT status, submitted_by FROM attempt WHERE id = $1', [attempt.id]);
      expect(row).toEqual({ status: 'graded', submitted_by: 'switch_limit' });
    });
  });
});
