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
      await t.http.post('/api/users').set(admin).send({ username, displayName: username, password: 'created-by-admin-1', roles: ['trainer'], unitId: unit(unitName) }).expect(201);
    }
    await t.http.post('/api/users').set(admin).send({ username: 'manager-cj', displayName: '城郊经理', password: 'created-by-admin-1', roles: ['manager'], unitId: unit('城郊客户服务部') }).expect(201);
    const cz = await as('trainer-cz');
    ids.bank = (await t.http.post('/api/question-banks').set(cz).send({ name: '城中题库' }).expect(201)).body.id;
    ids.question = (await t.http.post(`/api/question-banks/${ids.bank}/questions`).set(cz).send({ type: 'true_false', stem: '城中专用题', answer: true }).expect(201)).body.id;
    ids.paper = (await t.http.post('/api/papers').set(cz).send({ title: '城中卷', kind: 'fixed', sections: [{ title: '一', slots: [{ questionId: ids.question, points: 10 }] }] }).expect(201)).body.id;
    ids.sitting = (
      await t.http
        .post('/api/sittings')
        .set(cz)
        .send({ paperId: ids.paper, title: '城中测验', opensAt: new Date(Date.now() - 1000).toISOString(), closesAt: new Date(Date.now() + 3600_000).toISOString(), durationMinutes: 10, assignees: [{ unitId: unit('城中客户服务部'), role: 'staff' }] })
        .expect(201)
    ).body.id;
    ids.attempt = (await t.http.post(`/api/exams/${ids.sitting}/attempts`).set(await as('staff01')).expect(201)).body.id;
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
    expect((await t.http.get('/api/me/exams').set(await as('staff16'))).body.map((e: { sittingId: string }) => e.sittingId)).not.toContain(ids.sitting);
    await t.http.post(`/api/exams/${ids.sitting}/attempts`).set(await as('staff16')).expect(404);
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
    await t.http.get(`/api/sittings/${ids.sitting}/results`).set(await as('manager')).expect(200);
    await t.http.get(`/api/question-banks/${ids.bank}`).set(await as('trainer')).expect(200);
    await t.http.get(`/api/sittings/${ids.sitting}/results`).set(await as('manager-cz')).expect(200);
  });

  it('never lets manager-cz list or filter users outside 城中', async () => {
    const h = await as('manager-cz');
    const all = (await t.http.get('/api/users?pageSize=200').set(h)).body.items as Array<{ unitName: string }>;
    expect(all.every((u) => ['城中客户服务部', '城中一组', '城中二组'].includes(u.unitName))).toBe(true);
    expect((await t.http.get('/api/users?q=staff16').set(h)).body.total).toBe(0);
  });
});
