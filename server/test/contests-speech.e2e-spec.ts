import ExcelJS from 'exceljs';
import { createTestApp, TestApp } from './support/test-app';

/** A sheet of the default rubric adding up to `total` (形象风度 16, 脱稿 8, 综合印象 8, the rest split over 内容 and 语言表达). */
const sheetFor = (total: number) => {
  const rest = total - 32;
  return { content: Math.ceil(rest / 2), delivery: Math.floor(rest / 2), presence: 16, memorised: 8, impression: 8 };
};

describe(`speech contests (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const userIds: Record<string, string> = {};
  const names: Record<string, string> = {};
  let contestId: string;
  let speakers: Array<{ id: string; userId: string; name: string }>;
  const judges = ['staff04', 'staff05', 'staff06', 'staff07', 'staff08'];

  const score = async (judge: string, speakerId: string, items: object, status: number, as_ = judge, key?: string) => {
    let req = t.http
      .put(`/api/contests/${contestId}/speeches/${speakerId}/scores/${userIds[judge]}`)
      .set(await as(as_))
      .send({ items });
    if (key) req = req.set('Idempotency-Key', key);
    return req.expect(status);
  };

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await as('admin');
    const units = (await t.http.get('/api/units').set(admin).expect(200)).body as Array<{ id: string; name: string }>;
    const unit = (name: string) => units.find((u) => u.name === name)!.id;
    for (const [username, unitName] of [
      ['trainer-cz', '城中客户服务部'],
      ['trainer-cz2', '城中客户服务部'],
      ['trainer-cj', '城郊客户服务部'],
    ])
      await t.http
        .post('/api/users')
        .set(admin)
        .send({ username, displayName: username, password: 'created-by-admin-1', roles: ['trainer'], unitId: unit(unitName) })
        .expect(201);
    const all = (await t.http.get('/api/users?pageSize=100').set(admin).expect(200)).body.items as Array<{
      id: string;
      username: string;
      displayName: string;
    }>;
    for (const u of all) {
      userIds[u.username] = u.id;
      names[u.username] = u.displayName;
    }
  });
  afterAll(() => t.close());

  it('lets a trainer create a speech contest with a six-character join code, and nobody else', async () => {
    const res = await t.http
      .post('/api/contests')
      .set(await as('trainer-cz'))
      .send({ title: '下半年演讲比赛', kind: 'speech', timeLimitSeconds: 300, overrunStepSeconds: 30, overrunPointsPerStep: 1 })
      .expect(201);
    expect(res.body.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    contestId = res.body.id;
    await t.http
      .post('/api/contests')
      .set(await as('staff01'))
      .send({ title: 'x', kind: 'speech' })
      .expect(403);
    await t.http
      .post('/api/contests')
      .set(await as('manager-cz'))
      .send({ title: 'x', kind: 'speech' })
      .expect(403);
    await t.http
      .post('/api/contests')
      .set(await as('trainer-cz'))
      .send({ title: 'x', kind: 'debate' })
      .expect(400);
    const knowledge = (
      await t.http
        .post('/api/contests')
        .set(await as('trainer-cz'))
        .send({ title: '法规知识竞赛', kind: 'knowledge' })
        .expect(201)
    ).body;
    expect(
      (
        await t.http
          .get(`/api/contests/${knowledge.id}/standings`)
          .set(await as('trainer-cz'))
          .expect(200)
      ).body,
    ).toEqual({ items: [] });
    const notSpeech = await t.http
      .get(`/api/contests/${knowledge.id}/speech`)
      .set(await as('trainer-cz'))
      .expect(409);
    expect(notSpeech.body.code).toBe('contests.contest.notSpeech');

    const contest = (
      await t.http
        .get(`/api/contests/${contestId}`)
        .set(await as('trainer-cz2'))
        .expect(200)
    ).body;
    expect(contest.rubric.map((r: { label: string; max: number }) => `${r.label} ${r.max}`)).toEqual([
      '内容 30',
      '语言表达 30',
      '形象风度 20',
      '脱稿 10',
      '综合印象 10',
    ]);
    expect(
      (
        await t.http
          .get('/api/contests')
          .set(await as('manager-cz'))
          .expect(200)
      ).body.map((c: { id: string }) => c.id),
    ).toContain(contestId);
  });

  it('hides the contest from another unit’s trainer (404) and refuses staff its pages (403)', async () => {
    const other = await as('trainer-cj');
    await t.http.get(`/api/contests/${contestId}`).set(other).expect(404);
    await t.http.get(`/api/contests/${contestId}/standings`).set(other).expect(404);
    await t.http.get(`/api/contests/${contestId}/export?format=xlsx`).set(other).expect(404);
    expect((await t.http.get('/api/contests').set(other).expect(200)).body.map((c: { id: string }) => c.id)).not.toContain(contestId);
    await t.http
      .get(`/api/contests/${contestId}`)
      .set(await as('staff01'))
      .expect(403);
    await t.http
      .get(`/api/contests/${contestId}/standings`)
      .set(await as('staff01'))
      .expect(403);
  });

  it('takes speakers and judges from the host’s scope only', async () => {
    const host = await as('trainer-cz');
    const outside = await t.http
      .post(`/api/contests/${contestId}/speakers`)
      .set(host)
      .send({ userIds: [userIds.staff16] })
      .expect(404);
    expect(outside.body.message).toMatch(/^userIds\[0\]/);
    await t.http
      .post(`/api/contests/${contestId}/speakers`)
      .set(host)
      .send({ userIds: [userIds.staff01, userIds.staff02, userIds.staff03] })
      .expect(200);
    const view = (
      await t.http
        .post(`/api/contests/${contestId}/judges`)
        .set(host)
        .send({ userIds: judges.map((j) => userIds[j]) })
        .expect(200)
    ).body;
    speakers = view.speakers;
    expect(speakers.map((s) => s.userId)).toEqual([userIds.staff01, userIds.staff02, userIds.staff03]);
    expect(view.judges).toHaveLength(5);
    const clash = await t.http
      .post(`/api/contests/${contestId}/judges`)
      .set(host)
      .send({ userIds: [userIds.staff01] })
      .expect(409);
    expect(clash.body.code).toBe('contests.judge.isSpeaker');
  });

  it('lets a judge score only as themselves, and names the item out of range or unknown', async () => {
    const first = await score('staff04', speakers[0].id, sheetFor(86), 200);
    expect(first.body.total).toBe(86);
    const asAnother = await score('staff05', speakers[0].id, sheetFor(80), 403, 'staff04');
    expect(asAnother.body.code).toBe('contests.judge.notYourself');
    await score('staff05', speakers[0].id, sheetFor(80), 404, 'trainer-cj');
    await score('staff05', speakers[0].id, sheetFor(80), 404, 'staff16');
    const over = await score('staff05', speakers[0].id, { ...sheetFor(80), presence: 21 }, 422);
    expect(over.body).toMatchObject({ code: 'contests.score.outOfRange', params: { item: 'presence', max: 20 } });
    const unknown = await score('staff05', speakers[0].id, { ...sheetFor(80), charisma: 5 }, 422);
    expect(unknown.body).toMatchObject({ code: 'contests.score.unknownItem', params: { item: 'charisma' } });
    const { content: _c, ...missing } = sheetFor(80);
    expect((await score('staff05', speakers[0].id, missing, 422)).body.code).toBe('contests.score.missingItem');
  });

  it('keeps scores blind until the host locks the speaker, then shows the final with the dropped scores', async () => {
    // 86 (staff04, above), 91, 88, 79, 90: drop 91 and 79, (86 + 88 + 90) / 3 = 88
    for (const [judge, total] of [
      ['staff05', 91],
      ['staff06', 88],
      ['staff07', 79],
      ['staff08', 90],
    ] as const)
      await score(judge, speakers[0].id, sheetFor(total), 200);

    const judging = (
      await t.http
        .get(`/api/contests/${contestId}/judging`)
        .set(await as('staff05'))
        .expect(200)
    ).body;
    expect(judging.speakers[0].mine.total).toBe(91);
    expect(JSON.stringify(judging)).not.toContain('"total":86');
    const host = await as('trainer-cz');
    const before = (await t.http.get(`/api/contests/${contestId}/speech`).set(host).expect(200)).body;
    expect(before.speakers[0].submittedJudgeIds).toHaveLength(5);
    expect(before.speakers[0].result).toBeNull();
    expect((await t.http.get(`/api/contests/${contestId}/standings`).set(host).expect(200)).body.items).toEqual([]);

    const locked = (await t.http.post(`/api/contests/${contestId}/speeches/${speakers[0].id}/lock`).set(host).expect(200)).body;
    const result = locked.speakers[0].result;
    expect(result.score).toBe(88);
    expect(
      result.judges
        .filter((j: { dropped: boolean }) => j.dropped)
        .map((j: { total: number }) => j.total)
        .sort(),
    ).toEqual([79, 91]);
    const standings = (await t.http.get(`/api/contests/${contestId}/standings`).set(host).expect(200)).body.items;
    expect(standings).toEqual([{ participantId: speakers[0].id, name: speakers[0].name, score: 88, rank: 1 }]);

    const late = await score('staff04', speakers[0].id, sheetFor(60), 409);
    expect(late.body.code).toBe('contests.speech.locked');
    await t.http.post(`/api/contests/${contestId}/speeches/${speakers[1].id}/lock`).set(host).expect(409);
  });

  it('counts a resent sheet once: the same key answers the first sheet and adds no event', async () => {
    const count = async () =>
      Number((await t.dataSource.query('SELECT count(*)::int AS n FROM contest_event WHERE contest_id = $1', [contestId]))[0].n);
    const before = await count();
    const a = await score('staff04', speakers[1].id, sheetFor(80), 200, 'staff04', 'phone-1');
    const b = await score('staff04', speakers[1].id, sheetFor(70), 200, 'staff04', 'phone-1');
    // the same key on another speaker's sheet is another sheet; a long key is cut, not refused
    const other = await score('staff04', speakers[2].id, sheetFor(75), 200, 'staff04', 'phone-1');
    expect(other.body.total).toBe(75);
    await score('staff04', speakers[2].id, sheetFor(75), 200, 'staff04', 'k'.repeat(200));
    expect([a.body.total, b.body.total]).toEqual([80, 80]);
    expect(await count()).toBe(before + 3);
    // many at once, with one key and with different keys: one event for the key, contiguous numbers for the rest
    await Promise.all([
      ...[1, 2, 3, 4].map(() => score('staff05', speakers[1].id, sheetFor(82), 200, 'staff05', 'same')),
      ...['staff06', 'staff07', 'staff08'].map((j) => score(j, speakers[1].id, sheetFor(84), 200)),
    ]);
    expect(await count()).toBe(before + 7);
    const seqs = (await t.dataSource.query('SELECT seq FROM contest_event WHERE contest_id = $1 ORDER BY seq', [contestId])).map(
      (r: { seq: number }) => r.seq,
    );
    expect(seqs).toEqual(seqs.map((_: number, i: number) => i + 1));
  });

  it('takes the overrun penalty from the speech timer', async () => {
    const host = await as('trainer-cz');
    // 4 judges on speaker 2 (80, 82, 84, 84, 84 — staff04..08): five, so 80 and one 84 dropped: (82 + 84 + 84) / 3 = 83.333
    const timed = (
      await t.http.put(`/api/contests/${contestId}/speeches/${speakers[1].id}/time`).set(host).send({ seconds: 331 }).expect(200)
    ).body;
    expect(timed.speakers[1].penalty).toBe(2); // 31 s over a 300 s limit: two started steps of 30 s
    await t.http.post(`/api/contests/${contestId}/speeches/${speakers[1].id}/lock`).set(host).expect(200);
    const standings = (await t.http.get(`/api/contests/${contestId}/standings`).set(host).expect(200)).body.items;
    expect(standings.map((s: { score: number; rank: number }) => [s.score, s.rank])).toEqual([
      [88, 1],
      [81.33, 2],
    ]);
  });

  it('changes a locked score only when one trainer asks and another approves, and audits both', async () => {
    const url = `/api/contests/${contestId}/speeches/${speakers[0].id}/scores/${userIds.staff06}/correction`;
    // staff06 gave 88; corrected to 82: drop 91 and 79, (86 + 82 + 90) / 3 = 86
    await t.http
      .post(url)
      .set(await as('staff06'))
      .send({ items: sheetFor(82), reason: '录入错误' })
      .expect(403);
    await t.http
      .post(url)
      .set(await as('trainer-cj'))
      .send({ items: sheetFor(82), reason: '录入错误' })
      .expect(404);
    await t.http
      .post(url)
      .set(await as('trainer-cz'))
      .send({ items: sheetFor(82), reason: '评委报告录入错误' })
      .expect(200);
    const self = await t.http
      .post(`${url}/approve`)
      .set(await as('trainer-cz'))
      .expect(409);
    expect(self.body.code).toBe('contests.correction.samePerson');
    const host = await as('trainer-cz');
    expect((await t.http.get(`/api/contests/${contestId}/standings`).set(host).expect(200)).body.items[0].score).toBe(88);
    await t.http
      .post(`${url}/approve`)
      .set(await as('trainer-cz2'))
      .expect(200);
    expect((await t.http.get(`/api/contests/${contestId}/standings`).set(host).expect(200)).body.items[0].score).toBe(86);
    await t.http
      .post(`${url}/approve`)
      .set(await as('trainer-cz2'))
      .expect(409);
    const audit = await t.dataSource.query(
      `SELECT a.action, u.username, a.details FROM audit_event a JOIN app_user u ON u.id = a.actor_id
       WHERE a.target_id = $1 ORDER BY a.id`,
      [contestId],
    );
    expect(audit.map((a: { action: string; username: string }) => [a.action, a.username])).toEqual([
      ['contests.correction_request', 'trainer-cz'],
      ['contests.correction_approve', 'trainer-cz2'],
    ]);
    expect(audit[1].details).toMatchObject({ before: 88, after: 82 });
  });

  it('exports the standings and every score change with its reason, numbers as numbers', async () => {
    const res = await t.http
      .get(`/api/contests/${contestId}/export?format=xlsx`)
      .set(await as('manager-cz'))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const standings = workbook.getWorksheet('成绩')!;
    expect(standings.getRow(2).values).toEqual([undefined, 1, speakers[0].name, 86, 86, 0, expect.stringContaining('91')]);
    expect(standings.getRow(3).getCell(3).value).toBeCloseTo(81.33, 2);
    const changes = workbook.getWorksheet('评分记录')!;
    const rows = changes.getSheetValues().slice(2) as unknown[][];
    const corrected = rows.find((r) => r[7] === '更正')!;
    expect(corrected.slice(4, 9)).toEqual([names.staff06, 88, 82, '更正', '评委报告录入错误']);
    expect(corrected[9]).toBe('trainer-cz');
    expect(corrected[10]).toBe('trainer-cz2');
    // speaker 3 was never locked: nothing of theirs leaves
    expect(rows.filter((r) => r[3] === speakers[2].name)).toEqual([]);
    await t.http
      .get(`/api/contests/${contestId}/export?format=csv`)
      .set(await as('manager-cz'))
      .expect(400);
  });

  it('shows the host the panel’s consistency over locked speakers', async () => {
    const res = (
      await t.http
        .get(`/api/contests/${contestId}/consistency`)
        .set(await as('trainer-cz'))
        .expect(200)
    ).body;
    expect(res.judges).toHaveLength(5);
    expect(res.icc).toMatchObject({ speakers: 2, judges: 5 });
    expect(res.names[userIds.staff04]).toBeDefined();
  });
});
