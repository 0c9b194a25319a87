import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { inAttemptIds, inPracticeIds } from './support/shown-choices';
import { createTestApp, CREATED_USER_PASSWORD, TestApp } from './support/test-app';

const asBuffer = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  (res as unknown as NodeJS.ReadableStream).on('data', (c: Buffer) => chunks.push(c));
  (res as unknown as NodeJS.ReadableStream).on('end', () => cb(null, Buffer.concat(chunks)));
};

interface Keyed {
  id: string;
  content: { answer?: unknown; options?: Array<{ id: string }>; stem: string; type: string; dimension?: string };
}

const MINUTE = 60_000;
const ALL = { score: true, correctness: true, rightAnswers: true, explanations: true };
const SCORE_ONLY = { score: true, correctness: false, rightAnswers: false, explanations: false };

/** What a candidate is shown of their result, and what the trainer and the 错题本 make of it. */
describe(`results a candidate can trust (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const q: Record<'single' | 'true_false' | 'essay', Keyed> = {} as never;
  let paperId: string;
  const ids = new Map<string, string>();
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  async function sitting(title: string, people: string[], extra: Record<string, unknown> = {}): Promise<string> {
    const res = await t.http
      .post('/api/sittings')
      .set(await as('trainer'))
      .send({
        paperId,
        title,
        opensAt: new Date(Date.now() - MINUTE).toISOString(),
        closesAt: new Date(Date.now() + 60 * MINUTE).toISOString(),
        durationMinutes: 20,
        assignees: people.map((p) => ({ userId: ids.get(p) })),
        ...extra,
      })
      .expect(201);
    return res.body.id as string;
  }

  /** Starts, answers the choice questions wrong (or right) and submits; returns the attempt's id. */
  async function sit(username: string, sittingId: string, right: boolean): Promise<string> {
    const h = await as(username);
    const attempt = (await t.http.post(`/api/exams/${sittingId}/attempts`).set(h).expect(201)).body as {
      id: string;
      questions: Array<{ slot: number; type: string }>;
    };
    const slotOf = (type: string) => attempt.questions.find((x) => x.type === type)!.slot;
    const single = q.single.content;
    const wrongOption = single.options!.find((o) => o.id !== single.answer)!.id;
    // stored ids, sent as the candidate was shown them
    const put = async (slot: number, answer: unknown) =>
      t.http
        .put(`/api/attempts/${attempt.id}/answers/${slot}`)
        .set(h)
        .send({ answer: await inAttemptIds(t, attempt.id, slot, answer), seq: 1 })
        .expect(200);
    await put(slotOf('single'), right ? single.answer : wrongOption);
    await put(slotOf('true_false'), right ? q.true_false.content.answer : !q.true_false.content.answer);
    await put(slotOf('essay'), '依法经营，不向未成年人售烟。');
    await t.http.post(`/api/attempts/${attempt.id}/submit`).set(h).expect(200);
    return attempt.id;
  }

  const result = async (username: string, attemptId: string) =>
    (
      await t.http
        .get(`/api/attempts/${attemptId}/result`)
        .set(await as(username))
        .expect(200)
    ).body;
  /** The sitting, its make-ups and every override of them, all closed a minute ago. */
  async function closeAll(sittingId: string): Promise<void> {
    const family = 'SELECT id FROM sitting WHERE id = $1 OR makeup_of = $1';
    await t.dataSource.query(`UPDATE sitting_override SET closes_at = now() - interval '1 minute' WHERE sitting_id IN (${family})`, [
      sittingId,
    ]);
    await t.dataSource.query(`UPDATE sitting SET closes_at = now() - interval '1 minute' WHERE id IN (${family})`, [sittingId]);
  }

  beforeAll(async () => {
    t = await createTestApp();
    const trainer = await as('trainer');
    const banks = (await t.http.get('/api/question-banks').set(trainer)).body as Array<{ id: string; key: string }>;
    const law = banks.find((b) => b.key === 'laws-regulations')!.id;
    for (const type of ['single', 'true_false', 'essay'] as const) {
      q[type] = (await t.http.get(`/api/question-banks/${law}/questions?type=${type}&pageSize=1`).set(trainer)).body.items[0];
    }
    paperId = (
      await t.http
        .post('/api/papers')
        .set(trainer)
        .send({
          title: '结果可信卷',
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
        .expect(201)
    ).body.id;
    for (const username of ['staff01', 'staff02', 'staff03', 'staff04', 'staff05', 'staff06']) {
      ids.set(username, (await t.http.get(`/api/users?q=${username}`).set(trainer)).body.items[0].id);
    }
  });
  afterAll(() => t.close());

  describe('right answers wait until the sitting has closed for everyone', () => {
    it('does not show them to one candidate whose window was closed early while a colleague still sits the paper', async () => {
      const sittingId = await sitting('提前收卷', ['staff01', 'staff02']);
      const attemptId = await sit('staff01', sittingId, false);
      // the trainer closes staff01's window early; staff02 still has the hour
      await t.http
        .put(`/api/sittings/${sittingId}/overrides`)
        .set(await as('trainer'))
        .send({ overrides: [{ userId: ids.get('staff01'), closesAt: new Date(Date.now() - MINUTE).toISOString(), extraMinutes: 0 }] })
        .expect(200);
      await t.http
        .post(`/api/exams/${sittingId}/attempts`)
        .set(await as('staff02'))
        .expect(201);
      const early = await result('staff01', attemptId);
      expect(early.visible).toEqual(SCORE_ONLY);
      expect(early.moreAfterClose).toBe(true);
      expect(JSON.stringify(early.questions)).not.toMatch(/rightAnswer|explanation/);
      // nor through the 错题本, which follows the same rule
      expect(
        (
          await t.http
            .get('/api/me/wrong-answers')
            .set(await as('staff01'))
            .expect(200)
        ).body,
      ).toEqual([]);
      expect(
        (
          await t.http
            .post('/api/me/practice/answers')
            .set(await as('staff01'))
            .send({ questionId: q.true_false.id, answer: true })
        ).status,
      ).toBe(409);

      await closeAll(sittingId);
      const late = await result('staff01', attemptId);
      expect(late.visible).toEqual(ALL);
      const single = late.questions.find((x: { type: string }) => x.type === 'single');
      expect(single.rightAnswer).toEqual(await inAttemptIds(t, attemptId, single.slot, q.single.content.answer));
    });

    it('waits for a colleague whose window was extended past the sitting’s close, and for the make-up sitting', async () => {
      const sittingId = await sitting('延长收卷', ['staff03', 'staff04']);
      const attemptId = await sit('staff03', sittingId, false);
      await t.http
        .put(`/api/sittings/${sittingId}/overrides`)
        .set(await as('trainer'))
        .send({ overrides: [{ userId: ids.get('staff04'), closesAt: new Date(Date.now() + 120 * MINUTE).toISOString(), extraMinutes: 0 }] })
        .expect(200);
      await t.dataSource.query(`UPDATE sitting SET closes_at = now() - interval '1 minute' WHERE id = $1`, [sittingId]);
      expect((await result('staff03', attemptId)).visible).toEqual(SCORE_ONLY);

      // staff04's extension is over, but the make-up gives the same paper to the ones who failed
      await t.dataSource.query(`UPDATE sitting_override SET closes_at = now() - interval '1 minute' WHERE sitting_id = $1`, [sittingId]);
      await t.http
        .post(`/api/sittings/${sittingId}/makeup`)
        .set(await as('trainer'))
        .send({ opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() })
        .expect(201);
      expect((await result('staff03', attemptId)).visible).toEqual(SCORE_ONLY);

      await closeAll(sittingId);
      expect((await result('staff03', attemptId)).visible).toEqual(ALL);
    });
  });

  describe('a trainer ends a sitting for everyone (结束考试)', () => {
    it('submits and scores the attempts still open with their saved answers, and releases the review at once', async () => {
      const sittingId = await sitting('结束考试', ['staff01', 'staff02']);
      // staff02 has an extension, and a make-up gives the paper to others next week
      await t.http
        .put(`/api/sittings/${sittingId}/overrides`)
        .set(await as('trainer'))
        .send({
          overrides: [{ userId: ids.get('staff02'), closesAt: new Date(Date.now() + 120 * MINUTE).toISOString(), extraMinutes: 30 }],
        })
        .expect(200);
      const makeup = (
        await t.http
          .post(`/api/sittings/${sittingId}/makeup`)
          .set(await as('trainer'))
          .send({ opensAt: new Date(Date.now() + 86_400_000).toISOString(), closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() })
          .expect(201)
      ).body.id as string;
      const finished = await sit('staff01', sittingId, false);
      const h = await as('staff02');
      const open = (await t.http.post(`/api/exams/${sittingId}/attempts`).set(h).expect(201)).body as {
        id: string;
        questions: Array<{ slot: number; type: string }>;
      };
      const slot = open.questions.find((x) => x.type === 'single')!.slot;
      await t.http
        .put(`/api/attempts/${open.id}/answers/${slot}`)
        .set(h)
        .send({ answer: await inAttemptIds(t, open.id, slot, q.single.content.answer), seq: 1 })
        .expect(200);
      expect((await result('staff01', finished)).visible).toEqual(SCORE_ONLY);

      // a manager reads the sitting but may not end it; a trainer of another unit does not see it
      await t.http
        .post(`/api/sittings/${sittingId}/end`)
        .set(await as('manager'))
        .expect(403);
      const units = (await t.http.get('/api/units').set(await as('admin'))).body as Array<{ id: string; name: string }>;
      const cz = units.find((u) => u.name === '城中客户服务部')!.id;
      await t.http
        .post('/api/users')
        .set(await as('admin'))
        .send({ username: 'trainer-cz', displayName: '城中培训员', password: CREATED_USER_PASSWORD, roles: ['trainer'], unitId: cz })
        .expect(201);
      await t.http
        .post(`/api/sittings/${sittingId}/end`)
        .set(await as('trainer-cz'))
        .expect(404);
      expect((await t.http.get(`/api/attempts/${open.id}`).set(h).expect(200)).body.status).toBe('in_progress');

      const ended = (
        await t.http
          .post(`/api/sittings/${sittingId}/end`)
          .set(await as('trainer'))
          .expect(200)
      ).body;
      expect(ended).toEqual({ closedAt: expect.any(String), submittedAttempts: 1 });
      // staff02's attempt was submitted by the server with the saved answer, and scored
      const theirs = await result('staff02', open.id);
      expect(theirs).toMatchObject({ status: 'graded', score: 4 });
      expect(theirs.questions.find((x: { slot: number }) => x.slot === slot)).toMatchObject({ state: 'correct', score: 4 });
      const [{ by }] = await t.dataSource.query(`SELECT submitted_by AS by FROM attempt WHERE id = $1`, [open.id]);
      expect(by).toBe('server');
      // closed for everyone: the review the policy keeps for after the close is shown right away
      expect((await result('staff01', finished)).visible).toEqual(ALL);
      await t.http
        .put(`/api/attempts/${open.id}/answers/${slot}`)
        .set(h)
        .send({ answer: await inAttemptIds(t, open.id, slot, q.single.content.answer), seq: 2 })
        .expect((res) => expect(res.status).toBeGreaterThanOrEqual(400));
      // the make-up will not open, nobody starts again, and ending twice says so
      for (const id of [sittingId, makeup])
        expect(
          new Date(
            (
              await t.http
                .get(`/api/sittings/${id}`)
                .set(await as('trainer'))
                .expect(200)
            ).body.closesAt,
          ).getTime(),
        ).toBeLessThanOrEqual(Date.now());
      await t.http
        .post(`/api/sittings/${sittingId}/end`)
        .set(await as('trainer'))
        .expect(409);
      const [audit] = await t.dataSource.query(
        `SELECT actor_id AS "actorId", details FROM audit_event WHERE action = 'sitting.end' AND target_id = $1`,
        [sittingId],
      );
      expect(audit).toMatchObject({
        actorId: expect.any(String),
        details: { openAttempts: 1, sittings: expect.arrayContaining([sittingId, makeup]) },
      });
    });
  });

  describe('scores per subject', () => {
    it('are not shown while correctness is hidden: a subject of one question would tell it', async () => {
      const sittingId = await sitting('分科隐藏', ['staff05']);
      const attemptId = await sit('staff05', sittingId, true);
      const view = await result('staff05', attemptId);
      expect(view.visible.correctness).toBe(false);
      expect(view.byDimension).toBeUndefined();
    });

    it('mark a subject whose essay waits for a marker as pending, then score it once marked', async () => {
      const sittingId = await sitting('分科待阅', ['staff06'], { reviewPolicy: { afterSubmit: ALL, afterClose: ALL } });
      const attemptId = await sit('staff06', sittingId, true);
      const dimension = (content: Keyed['content']) => content.dimension ?? '未分类';
      const before = (await result('staff06', attemptId)).byDimension as Array<{ dimension: string; pending: boolean }>;
      expect(before.find((d) => d.dimension === dimension(q.essay.content))!.pending).toBe(true);
      const slot = (await result('staff06', attemptId)).questions.find((x: { type: string }) => x.type === 'essay').slot;
      await t.http
        .post(`/api/grading/attempts/${attemptId}/slots/${slot}`)
        .set(await as('trainer'))
        .send({ score: 7 })
        .expect(200);
      const after = (await result('staff06', attemptId)).byDimension as Array<{ dimension: string; pending: boolean }>;
      expect(after.every((d) => !d.pending)).toBe(true);
    });
  });

  it('shows the trainer the choices in the order the candidate saw them', async () => {
    // options are shuffled for every attempt; the switch that once claimed to choose is gone, and refused
    const withSwitch = await t.http
      .post('/api/sittings')
      .set(await as('trainer'))
      .send({
        paperId,
        title: '旧开关',
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + MINUTE).toISOString(),
        durationMinutes: 1,
        assignees: [],
        shuffleOptions: false,
      })
      .expect(400);
    expect(withSwitch.body.message).toEqual(expect.arrayContaining([expect.stringContaining('shuffleOptions')]));
    const sittingId = await sitting('选项乱序', ['staff01']);
    const h = await as('staff01');
    type Option = { id: string; text: string };
    const attempt = (await t.http.post(`/api/exams/${sittingId}/attempts`).set(h).expect(201)).body as {
      id: string;
      questions: Array<{ slot: number; type: string; options?: Option[] }>;
    };
    await t.http.post(`/api/attempts/${attempt.id}/submit`).set(h).expect(200);
    const review = (
      await t.http
        .get(`/api/attempts/${attempt.id}/review`)
        .set(await as('trainer'))
        .expect(200)
    ).body as {
      slots: Array<{ slot: number; content: { options?: Option[] }; shownOrder: { options?: string[] } | null }>;
    };
    for (const question of attempt.questions.filter((x) => x.options)) {
      // the trainer's order (stored ids) reads, option by option, as the candidate's screen did
      const slot = review.slots.find((s) => s.slot === question.slot)!;
      const textOf = (id: string) => slot.content.options!.find((o) => o.id === id)!.text;
      expect(slot.shownOrder!.options!.map(textOf)).toEqual(question.options!.map((o) => o.text));
    }
  });

  it('never counts a page reload as a page switch, nor submits a strict attempt for it', async () => {
    const sittingId = await sitting('严格刷新', ['staff02'], { switchLimit: 1 });
    const h = await as('staff02');
    const attempt = (await t.http.post(`/api/exams/${sittingId}/attempts`).set(h).expect(201)).body as { id: string };
    for (let i = 0; i < 3; i++) {
      const res = await t.http.post(`/api/attempts/${attempt.id}/events`).set(h).send({ kind: 'unload' }).expect(200);
      expect(res.body).toEqual({ switchCount: 0, submitted: false });
    }
    expect((await t.http.get(`/api/attempts/${attempt.id}`).set(h).expect(200)).body.status).toBe('in_progress');
    const review = (
      await t.http
        .get(`/api/attempts/${attempt.id}/review`)
        .set(await as('trainer'))
        .expect(200)
    ).body as { timeline: Array<{ kind: string }> };
    expect(review.timeline.filter((e) => e.kind === 'unload')).toHaveLength(3);
    // a real switch still counts
    expect((await t.http.post(`/api/attempts/${attempt.id}/events`).set(h).send({ kind: 'hidden' }).expect(200)).body).toEqual({
      switchCount: 1,
      submitted: true,
    });
  });

  describe('错题本', () => {
    it('counts a wrong answer once when an essay of the same attempt is marked later, and marked again', async () => {
      const sittingId = await sitting('错题计数', ['staff04']);
      const attemptId = await sit('staff04', sittingId, false);
      const slot = (
        await t.dataSource.query(`SELECT slot FROM attempt_slot WHERE attempt_id = $1 AND question_id = $2`, [attemptId, q.essay.id])
      )[0].slot;
      await t.http
        .post(`/api/grading/attempts/${attemptId}/slots/${slot}`)
        .set(await as('trainer'))
        .send({ score: 3 })
        .expect(200);
      await t.http
        .post(`/api/grading/attempts/${attemptId}/slots/${slot}`)
        .set(await as('trainer'))
        .send({ score: 4 })
        .expect(200);
      await closeAll(sittingId);
      const book = (
        await t.http
          .get('/api/me/wrong-answers')
          .set(await as('staff04'))
          .expect(200)
      ).body as Array<{ questionId: string; wrongCount: number }>;
      expect(book.find((e) => e.questionId === q.single.id)!.wrongCount).toBe(1);
      expect(book.find((e) => e.questionId === q.true_false.id)!.wrongCount).toBe(1);
    });

    it('does not list a question answered right at the first try in practice (no "答错 0 次")', async () => {
      const h = await as('staff05');
      // a choice question: its key, in the ids shown, is the answer a candidate would send
      const offered = (await t.http.get('/api/me/practice?source=dimension&dimension=法律法规&count=50').set(h).expect(200)).body as Array<{
        questionId: string;
        type: string;
      }>;
      const drawn = offered.find((x) => ['single', 'multiple', 'true_false'].includes(x.type))!;
      const key = (
        await t.http
          .get(`/api/questions/${drawn.questionId}`)
          .set(await as('trainer'))
          .expect(200)
      ).body.content.answer;
      expect(
        (
          await t.http
            .post('/api/me/practice/answers')
            .set(h)
            .send({ questionId: drawn.questionId, answer: await inPracticeIds(t, 'staff05', drawn.questionId, key) })
            .expect(200)
        ).body.state,
      ).toBe('correct');
      const book = (await t.http.get('/api/me/wrong-answers').set(h).expect(200)).body as Array<{ questionId: string; wrongCount: number }>;
      expect(book.map((e) => e.questionId)).not.toContain(drawn.questionId);
      expect(book.every((e) => e.wrongCount > 0)).toBe(true);
    });
  });

  it('exports scores as numbers, shown with at most two decimals and kept exact', async () => {
    const sittingId = await sitting('导出小数', ['staff03']);
    const attemptId = await sit('staff03', sittingId, true);
    const slot = (
      await t.dataSource.query(`SELECT slot FROM attempt_slot WHERE attempt_id = $1 AND question_id = $2`, [attemptId, q.essay.id])
    )[0].slot;
    // an exact score of three decimals, as a mean of hand marks can give
    await t.http
      .post(`/api/grading/attempts/${attemptId}/slots/${slot}`)
      .set(await as('trainer'))
      .send({ score: 7 })
      .expect(200);
    await t.dataSource.query(`UPDATE attempt SET score = 13.167 WHERE id = $1`, [attemptId]);
    const res = await t.http
      .get(`/api/sittings/${sittingId}/results/export`)
      .set(await as('trainer'))
      .buffer(true)
      .parse(asBuffer)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const row = workbook.worksheets[0].getRow(2);
    expect(row.getCell(5).value).toBe(13.167);
    expect(row.getCell(5).numFmt).toBe('0.##');
    expect(row.getCell(6).value).toBe(16);
    expect(row.getCell(6).numFmt).toBe('0');
    // the share as a percentage, and the submission time as a real date on Beijing's clock
    expect(row.getCell(7).value).toBe(13.167 / 16);
    expect(row.getCell(7).numFmt).toBe('0.##%');
    const submitted = (await t.dataSource.query(`SELECT submitted_at FROM attempt WHERE id = $1`, [attemptId]))[0].submitted_at as Date;
    expect(row.getCell(9).type).toBe(ExcelJS.ValueType.Date);
    expect(Math.abs((row.getCell(9).value as Date).getTime() - (submitted.getTime() + 8 * 3600_000))).toBeLessThan(1000);
    expect(row.getCell(9).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
  });
});
