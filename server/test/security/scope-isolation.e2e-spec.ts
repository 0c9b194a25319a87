import { readSheet } from '../../src/platform/files/xlsx-sheet';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * Own, colleague's and other unit's resources: a candidate sees only their own attempts; a trainer
 * or manager of one service department sees nothing of the other's banks, papers, sittings,
 * results or attempts. Absent and forbidden look the same (404) so existence does not leak.
 */
describe(`scope isolation (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await as('admin');
    const units = (await t.http.get('/api/units').set(admin)).body as Array<{ id: string; name: string }>;
    const unit = (name: string) => units.find((u) => u.name === name)!.id;
    for (const [username, unitName] of [
      ['trainer-cz', '城中客户服务部'],
      ['trainer-cj', '城郊客户服务部'],
    ] as const) {
      await t.http
        .post('/api/users')
        .set(admin)
        .send({ username, displayName: username, password: 'created-by-admin-1', roles: ['trainer'], unitId: unit(unitName) })
        .expect(201);
    }
    await t.http
      .post('/api/users')
      .set(admin)
      .send({
        username: 'manager-cj',
        displayName: '城郊经理',
        password: 'created-by-admin-1',
        roles: ['manager'],
        unitId: unit('城郊客户服务部'),
      })
      .expect(201);
    const cz = await as('trainer-cz');
    ids.bank = (await t.http.post('/api/question-banks').set(cz).send({ name: '城中题库' }).expect(201)).body.id;
    ids.question = (
      await t.http
        .post(`/api/question-banks/${ids.bank}/questions`)
        .set(cz)
        .send({ type: 'true_false', stem: '城中专用题', answer: true })
        .expect(201)
    ).body.id;
    ids.paper = (
      await t.http
        .post('/api/papers')
        .set(cz)
        .send({ title: '城中卷', kind: 'fixed', sections: [{ title: '一', slots: [{ questionId: ids.question, points: 10 }] }] })
        .expect(201)
    ).body.id;
    ids.sitting = (
      await t.http
        .post('/api/sittings')
        .set(cz)
        .send({
          paperId: ids.paper,
          title: '城中测验',
          opensAt: new Date(Date.now() - 1000).toISOString(),
          closesAt: new Date(Date.now() + 3600_000).toISOString(),
          durationMinutes: 10,
          assignees: [{ unitId: unit('城中客户服务部'), role: 'staff' }],
        })
        .expect(201)
    ).body.id;
    ids.attempt = (
      await t.http
        .post(`/api/exams/${ids.sitting}/attempts`)
        .set(await as('staff01'))
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  it('keeps a colleague out of a candidate’s attempt on every attempt endpoint', async () => {
    const colleague = await as('staff02');
    await t.http.get(`/api/attempts/${ids.attempt}`).set(colleague).expect(404);
    await t.http.put(`/api/attempts/${ids.attempt}/answers/1`).set(colleague).send({ answer: true, seq: 1 }).expect(404);
    await t.http.post(`/api/attempts/${ids.attempt}/submit`).set(colleague).expect(404);
    await t.http.get(`/api/attempts/${ids.attempt}/result`).set(colleague).expect(404);
    await t.http.post(`/api/attempts/${ids.attempt}/events`).set(colleague).send({ kind: 'hidden' }).expect(404);
    await t.http.get(`/api/attempts/${ids.attempt}/review`).set(colleague).expect(403);
  });

  it('does not assign the 城中 sitting to staff of 城郊', async () => {
    expect((await t.http.get('/api/me/exams').set(await as('staff16'))).body.map((e: { sittingId: string }) => e.sittingId)).not.toContain(
      ids.sitting,
    );
    await t.http
      .post(`/api/exams/${ids.sitting}/attempts`)
      .set(await as('staff16'))
      .expect(404);
  });

  it('hides everything of 城中 from the trainer and manager of 城郊', async () => {
    for (const username of ['trainer-cj', 'manager-cj']) {
      const h = await as(username);
      for (const url of [
        `/api/question-banks/${ids.bank}`,
        `/api/question-banks/${ids.bank}/questions`,
        `/api/questions/${ids.question}`,
        `/api/sittings/${ids.sitting}`,
        `/api/sittings/${ids.sitting}/results`,
        `/api/attempts/${ids.attempt}/review`,
      ]) {
        expect([username, url, (await t.http.get(url).set(h)).status]).toEqual([username, url, 404]);
      }
      expect((await t.http.get('/api/sittings').set(h)).body.map((s: { id: string }) => s.id)).not.toContain(ids.sitting);
      expect((await t.http.get('/api/question-banks').set(h)).body.map((b: { id: string }) => b.id)).not.toContain(ids.bank);
    }
    const cj = await as('trainer-cj');
    await t.http.get(`/api/papers/${ids.paper}`).set(cj).expect(404);
    await t.http.post(`/api/grading/attempts/${ids.attempt}/slots/1`).set(cj).send({ score: 1 }).expect(404);
  });

  it('shows 城中 to the department’s own manager and trainer', async () => {
    await t.http
      .get(`/api/sittings/${ids.sitting}/results`)
      .set(await as('manager'))
      .expect(200);
    await t.http
      .get(`/api/question-banks/${ids.bank}`)
      .set(await as('trainer'))
      .expect(200);
    await t.http
      .get(`/api/sittings/${ids.sitting}/results`)
      .set(await as('manager-cz'))
      .expect(200);
  });

  it('never lets manager-cz list or filter users outside 城中', async () => {
    const h = await as('manager-cz');
    const all = (await t.http.get('/api/users?pageSize=200').set(h)).body.items as Array<{ unitName: string }>;
    expect(all.every((u) => ['城中客户服务部', '城中一组', '城中二组'].includes(u.unitName))).toBe(true);
    expect((await t.http.get('/api/users?q=staff16').set(h)).body.total).toBe(0);
  });

  describe('references a write carries in its body', () => {
    const window = () => ({
      opensAt: new Date(Date.now() - 1000).toISOString(),
      closesAt: new Date(Date.now() + 3600_000).toISOString(),
      durationMinutes: 10,
    });
    const userId = async (username: string) =>
      (
        await t.http
          .get(`/api/users?q=${username}`)
          .set(await as('admin'))
          .expect(200)
      ).body.items.find((u: { username: string }) => u.username === username).id as string;

    it('refuses to assign a sitting to, or give an override to, a person outside the trainer’s subtree', async () => {
      const cz = await as('trainer-cz');
      const [staff01, staff16] = [await userId('staff01'), await userId('staff16')];
      const sitting = { paperId: ids.paper, title: '跨单位测验', ...window() };
      const outsider = await t.http
        .post('/api/sittings')
        .set(cz)
        .send({ ...sitting, assignees: [{ userId: staff01 }, { userId: staff16 }] })
        .expect(404);
      expect(outsider.body.message).toMatch(/^assignees\[1\]\.userId: /);
      const override = await t.http
        .post('/api/sittings')
        .set(cz)
        .send({ ...sitting, assignees: [{ userId: staff01 }], overrides: [{ userId: staff16, extraMinutes: 30 }] })
        .expect(404);
      expect(override.body.message).toMatch(/^overrides\[0\]\.userId: /);
      const cjUnit = (await t.http.get('/api/users?q=staff16').set(await as('admin'))).body.items[0].unitId as string;
      expect(
        (
          await t.http
            .post('/api/sittings')
            .set(cz)
            .send({ ...sitting, assignees: [{ userId: staff01 }], overrides: [{ unitId: cjUnit, extraMinutes: 30 }] })
            .expect(404)
        ).body.message,
      ).toMatch(/^overrides\[0\]\.unitId: /);
      expect(
        (
          await t.http
            .put(`/api/sittings/${ids.sitting}/overrides`)
            .set(cz)
            .send({ overrides: [{ userId: staff16, extraMinutes: 30 }] })
            .expect(404)
        ).body.message,
      ).toMatch(/^overrides\[0\]\.userId: /);
      // nothing was written: staff16 has no such exam, and the 城中 sitting keeps its overrides
      expect((await t.http.get('/api/me/exams').set(await as('staff16'))).body.map((e: { title: string }) => e.title)).not.toContain(
        '跨单位测验',
      );
      expect((await t.http.get(`/api/sittings/${ids.sitting}`).set(cz).expect(200)).body.overrides).toEqual([]);
      // inside the subtree both still work
      await t.http
        .post('/api/sittings')
        .set(cz)
        .send({ ...sitting, assignees: [{ userId: staff01 }], overrides: [{ userId: staff01, extraMinutes: 30 }] })
        .expect(201);
    });

    it('flags and lists only the source documents of banks the trainer may edit', async () => {
      const law = '城中专用的依据文件';
      const cz = await as('trainer-cz');
      const cited = (
        await t.http
          .post(`/api/question-banks/${ids.bank}/questions`)
          .set(cz)
          .send({ type: 'true_false', stem: '引用依据的题', answer: true, source: { document: law } })
          .expect(201)
      ).body.id;
      const cj = await as('trainer-cj');
      expect((await t.http.get('/api/source-documents').set(cj).expect(200)).body.map((d: { title: string }) => d.title)).not.toContain(
        law,
      );
      expect(
        (await t.http.post('/api/source-documents/supersede').set(cj).send({ title: law, note: '城郊废止' }).expect(200)).body,
      ).toEqual({ flagged: 0 });
      expect((await t.http.get(`/api/questions/${cited}`).set(cz).expect(200)).body.needsReview).toBe(false);
      expect(
        (await t.http.get('/api/source-documents').set(cz).expect(200)).body.find((d: { title: string }) => d.title === law),
      ).toMatchObject({ questionCount: 1, needsReviewCount: 0 });
      expect(
        (await t.http.post('/api/source-documents/supersede').set(cz).send({ title: law, note: '城中废止' }).expect(200)).body,
      ).toEqual({ flagged: 1 });
    });

    it('leaves a bank’s sharing to its owning unit’s trainers, towards units within their scope', async () => {
      const units = (await t.http.get('/api/units').set(await as('admin'))).body as Array<{ id: string; name: string }>;
      const unit = (name: string) => units.find((u) => u.name === name)!.id;
      const department = await as('trainer');
      const bank = (await t.http.post('/api/question-banks').set(department).send({ name: '营销部共享题库' }).expect(201)).body.id;
      await t.http
        .put(`/api/question-banks/${bank}/shares`)
        .set(department)
        .send({ unitIds: [unit('城中客户服务部')] })
        .expect(200);
      const cz = await as('trainer-cz');
      // shared with 城中, its trainer edits the bank but may not re-share it, not even to nobody
      await t.http.patch(`/api/question-banks/${bank}`).set(cz).send({ description: '城中补充' }).expect(200);
      for (const unitIds of [[unit('城中客户服务部'), unit('城郊客户服务部')], []])
        await t.http.put(`/api/question-banks/${bank}/shares`).set(cz).send({ unitIds }).expect(403);
      expect((await t.http.get(`/api/question-banks/${bank}`).set(department).expect(200)).body.sharedUnitIds).toEqual([
        unit('城中客户服务部'),
      ]);
      // their own bank they share within 城中 only
      await t.http
        .put(`/api/question-banks/${ids.bank}/shares`)
        .set(cz)
        .send({ unitIds: [unit('城中一组')] })
        .expect(200);
      const outward = await t.http
        .put(`/api/question-banks/${ids.bank}/shares`)
        .set(cz)
        .send({ unitIds: [unit('城中二组'), unit('城郊客户服务部')] })
        .expect(404);
      expect(outward.body.message).toMatch(/^unitIds\[1\]: /);
      await t.http
        .put(`/api/question-banks/${ids.bank}/shares`)
        .set(await as('manager-cz'))
        .send({ unitIds: [] })
        .expect(403);
    });
  });

  describe('a manager follows the sittings of their people, read only', () => {
    let monthly: string;
    const userId = async (username: string) =>
      (
        await t.http
          .get(`/api/users?q=${username}`)
          .set(await as('admin'))
          .expect(200)
      ).body.items.find((u: { username: string }) => u.username === username).id as string;

    beforeAll(async () => {
      // the demo's monthly exam belongs to the department and is assigned to all its staff
      monthly = (
        await t.http
          .get('/api/me/exams')
          .set(await as('staff03'))
          .expect(200)
      ).body.find((e: { title: string }) => e.title.includes('月'))!.sittingId;
      for (const username of ['staff03', 'staff20']) {
        const h = await as(username);
        const attempt = (await t.http.post(`/api/exams/${monthly}/attempts`).set(h).expect(201)).body.id;
        await t.http.post(`/api/attempts/${attempt}/submit`).set(h).expect(200);
      }
    });

    it('shows manager-cz the department’s monthly exam with the results of 城中’s people only', async () => {
      const h = await as('manager-cz');
      const listed = (await t.http.get('/api/sittings').set(h).expect(200)).body.find((s: { id: string }) => s.id === monthly);
      expect(listed).toMatchObject({ id: monthly, canManage: false });
      expect((await t.http.get(`/api/sittings/${monthly}`).set(h).expect(200)).body.canManage).toBe(false);
      const rows = (await t.http.get(`/api/sittings/${monthly}/results`).set(h).expect(200)).body as Array<{
        username: string;
        unitName: string;
        lastAttemptId: string | null;
      }>;
      expect(rows.map((r) => r.username)).toContain('staff03');
      expect(rows.map((r) => r.username)).not.toContain('staff20');
      expect(rows.every((r) => ['城中一组', '城中二组'].includes(r.unitName))).toBe(true);
      const all = (
        await t.http
          .get(`/api/sittings/${monthly}/results`)
          .set(await as('manager'))
          .expect(200)
      ).body as Array<{ username: string; lastAttemptId: string | null }>;
      const attemptOf = (username: string) => all.find((r) => r.username === username)!.lastAttemptId!;
      await t.http
        .get(`/api/attempts/${attemptOf('staff03')}/review`)
        .set(h)
        .expect(200);
      await t.http
        .get(`/api/attempts/${attemptOf('staff20')}/review`)
        .set(h)
        .expect(404);
      const analysis = (await t.http.get(`/api/sittings/${monthly}/item-analysis`).set(h).expect(200)).body;
      expect(analysis.test.count).toBe(1);
      const exported = await t.http
        .get(`/api/sittings/${monthly}/results/export`)
        .set(h)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const sheet = await readSheet(exported.body as Buffer);
      expect(JSON.stringify(sheet)).toContain('staff03');
      expect(JSON.stringify(sheet)).not.toContain('staff20');
    });

    it('lets the manager change nothing of it', async () => {
      const h = await as('manager-cz');
      await t.http.put(`/api/sittings/${monthly}/overrides`).set(h).send({ overrides: [] }).expect(403);
      await t.http
        .post(`/api/sittings/${monthly}/makeup`)
        .set(h)
        .send({ opensAt: new Date(Date.now() + 86_400_000).toISOString(), closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString() })
        .expect(403);
    });

    it('shows a sitting assigned to one of their people by name, and nothing of a sitting without them', async () => {
      const department = await as('trainer');
      const bank = (await t.http.post('/api/question-banks').set(department).send({ name: '营销部抽查题库' }).expect(201)).body.id;
      const question = (
        await t.http
          .post(`/api/question-banks/${bank}/questions`)
          .set(department)
          .send({ type: 'true_false', stem: '抽查题', answer: true })
          .expect(201)
      ).body.id;
      const paper = (
        await t.http
          .post('/api/papers')
          .set(department)
          .send({ title: '抽查卷', kind: 'fixed', sections: [{ title: '一', slots: [{ questionId: question, points: 10 }] }] })
          .expect(201)
      ).body.id;
      const window = {
        opensAt: new Date(Date.now() - 1000).toISOString(),
        closesAt: new Date(Date.now() + 3600_000).toISOString(),
        durationMinutes: 10,
      };
      const spotCheck = (
        await t.http
          .post('/api/sittings')
          .set(department)
          .send({ paperId: paper, title: '城郊抽查', ...window, assignees: [{ userId: await userId('staff20') }] })
          .expect(201)
      ).body.id;
      for (const [username, sees] of [
        ['manager-cj', true],
        ['manager-cz', false],
      ] as const) {
        const h = await as(username);
        expect([username, (await t.http.get('/api/sittings').set(h)).body.some((s: { id: string }) => s.id === spotCheck)]).toEqual([
          username,
          sees,
        ]);
        await t.http
          .get(`/api/sittings/${spotCheck}/results`)
          .set(h)
          .expect(sees ? 200 : 404);
      }
      // a trainer of 城中 does not follow people: the department's sitting is not theirs to see
      await t.http
        .get(`/api/sittings/${monthly}`)
        .set(await as('trainer-cz'))
        .expect(404);
    });
  });
});
