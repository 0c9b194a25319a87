import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { codeFor, windowOf } from '../src/modules/training/domain/check-in-code';
import { LiveClient } from './support/live-client';
import { createTestApp, TestApp } from './support/test-app';

const MIN = 60_000;
/** The test app's JWT_SECRET, and the check-in key the server derives from it. */
const SECRET = createHmac('sha256', 'test-secret-0123456789abcdef').update('kaoping training check-in codes').digest('hex');

describe(`trainings, check-in and attendance (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let unit: (name: string) => string;
  let user: (username: string) => string;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  const create = async (body: Record<string, unknown>, username = 'trainer', status = 201) =>
    (
      await t.http
        .post('/api/trainings')
        .set(await as(username))
        .send({ title: '卷烟营销培训', form: 'collective', assignees: [{ unitId: unit('城中一组') }], ...body })
        .expect(status)
    ).body;
  const around = (startMinutes: number, endMinutes: number) => ({
    startsAt: new Date(Date.now() + startMinutes * MIN).toISOString(),
    endsAt: new Date(Date.now() + endMinutes * MIN).toISOString(),
  });
  const codeOf = async (id: string, username = 'trainer') =>
    (
      await t.http
        .get(`/api/trainings/${id}/check-in-code`)
        .set(await as(username))
        .expect(200)
    ).body as { code: string; qrText: string; expiresAt: string };
  const checkIn = async (id: string, username: string, code: string, deviceId?: string) =>
    t.http
      .post(`/api/trainings/${id}/check-ins`)
      .set(await as(username))
      .send({ code, ...(deviceId && { deviceId }) });
  const attendance = async (id: string, username = 'trainer') =>
    (
      await t.http
        .get(`/api/trainings/${id}/attendance`)
        .set(await as(username))
        .expect(200)
    ).body.items as Array<{ userId: string; username: string; status: string; checkedInAt: string | null; sharedDevice: boolean }>;
  const statusOf = async (id: string, username: string) => (await attendance(id)).find((i) => i.username === username)?.status;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    const units = (await t.http.get('/api/units').set(await as('admin'))).body as Array<{ id: string; name: string }>;
    unit = (name) => units.find((u) => u.name === name)!.id;
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
    const users = (await t.http.get('/api/users?pageSize=200').set(await as('admin'))).body;
    const list = (Array.isArray(users) ? users : users.items) as Array<{ id: string; username: string }>;
    user = (username) => list.find((u) => u.username === username)!.id;
  });
  afterAll(() => t.close());

  describe('planning', () => {
    it('lets a trainer plan a session for people in their scope, and answers 201 with it', async () => {
      const created = await create({ ...around(60, 120), topic: '新版零售许可', subjects: ['法律法规'], place: '三楼会议室' });
      expect(created).toMatchObject({
        id: expect.any(String),
        title: '卷烟营销培训',
        form: 'collective',
        place: '三楼会议室',
        canManage: true,
      });
      expect(created.assignees).toEqual([{ unitId: unit('城中一组'), role: null, userId: null }]);
      expect(created.opensEarlyMinutes).toBe(15);
      expect(created.lateAfterMinutes).toBe(10);
    });

    it('refuses assignees outside the trainer’s scope with 404 naming the field', async () => {
      const res = await t.http
        .post('/api/trainings')
        .set(await as('trainer-cz'))
        .send({ title: '越权', form: 'collective', ...around(60, 120), assignees: [{ unitId: unit('城郊一组') }] })
        .expect(404);
      expect(res.body.message).toMatch(/^assignees\[0\]\.unitId/);
      const person = await t.http
        .post('/api/trainings')
        .set(await as('trainer-cz'))
        .send({ title: '越权', form: 'collective', ...around(60, 120), assignees: [{ userId: user('staff20') }] })
        .expect(404);
      expect(person.body.message).toMatch(/^assignees\[0\]\.userId/);
    });

    it('refuses staff (403), an end before the start and an empty list of assignees (400 with a code)', async () => {
      await t.http
        .post('/api/trainings')
        .set(await as('staff01'))
        .send({ title: 'x', form: 'collective', ...around(60, 120), assignees: [{ unitId: unit('城中一组') }] })
        .expect(403);
      expect((await create({ ...around(120, 60) }, 'trainer', 400)).code).toBe('training.session.invalidTimes');
      expect((await create({ ...around(60, 120), assignees: [] }, 'trainer', 400)).code).toBe('training.session.noAssignees');
      expect((await create({ ...around(60, 120), form: 'party' }, 'trainer', 400)).code).toBeDefined();
    });

    it('hides a session from another unit’s trainer (404) and lets a manager of its people read but not change it', async () => {
      const { id } = await create({ ...around(60, 120) });
      await t.http
        .get(`/api/trainings/${id}`)
        .set(await as('trainer-cj'))
        .expect(404);
      await t.http
        .get(`/api/trainings/${id}/attendance`)
        .set(await as('trainer-cj'))
        .expect(404);
      const read = await t.http
        .get(`/api/trainings/${id}`)
        .set(await as('manager-cz'))
        .expect(200);
      expect(read.body.canManage).toBe(false);
      await t.http
        .patch(`/api/trainings/${id}`)
        .set(await as('manager-cz'))
        .send({ title: 'x', form: 'collective', ...around(60, 120), assignees: [{ unitId: unit('城中一组') }] })
        .expect(403);
      await t.http
        .delete(`/api/trainings/${id}`)
        .set(await as('trainer-cj'))
        .expect(404);
      for (const [username, status] of [
        ['staff01', 403],
        ['manager-cz', 403],
      ] as const)
        await t.http
          .delete(`/api/trainings/${id}`)
          .set(await as(username))
          .expect(status);
      // the staff member asked to attend reads it; one who is not gets 404
      await t.http
        .get(`/api/trainings/${id}`)
        .set(await as('staff01'))
        .expect(200);
      await t.http
        .get(`/api/trainings/${id}`)
        .set(await as('staff20'))
        .expect(404);
    });

    it('changes and deletes a session for its trainer', async () => {
      const { id } = await create({ ...around(60, 120) });
      const changed = await t.http
        .patch(`/api/trainings/${id}`)
        .set(await as('trainer'))
        .send({ title: '早会：供货政策', form: 'morning_meeting', ...around(30, 60), assignees: [{ unitId: unit('城中二组') }] })
        .expect(200);
      expect(changed.body).toMatchObject({ title: '早会：供货政策', form: 'morning_meeting' });
      expect(changed.body.assignees).toEqual([{ unitId: unit('城中二组'), role: null, userId: null }]);
      await t.http
        .delete(`/api/trainings/${id}`)
        .set(await as('trainer'))
        .expect(204);
      await t.http
        .get(`/api/trainings/${id}`)
        .set(await as('trainer'))
        .expect(404);
    });

    it('lists a unit’s month and shows staff their own sessions with a status', async () => {
      const { id } = await create({ title: '本月集中培训', ...around(90, 150) });
      const month = new Date(Date.now() + 90 * MIN + 8 * 3600_000).toISOString().slice(0, 7);
      const list = await t.http
        .get(`/api/trainings?unitId=${unit('城中一组')}&month=${month}`)
        .set(await as('trainer'))
        .expect(200);
      expect(list.body.map((s: { id: string }) => s.id)).toContain(id);
      const other = await t.http
        .get(`/api/trainings?unitId=${unit('城郊一组')}&month=${month}`)
        .set(await as('trainer'))
        .expect(200);
      expect(other.body.map((s: { id: string }) => s.id)).not.toContain(id);
      await t.http
        .get(`/api/trainings?unitId=${unit('城郊一组')}&month=${month}`)
        .set(await as('trainer-cz'))
        .expect(404);
      const mine = await t.http
        .get('/api/me/trainings')
        .set(await as('staff01'))
        .expect(200);
      expect(mine.body.find((s: { id: string }) => s.id === id)).toEqual({
        id,
        title: '本月集中培训',
        form: 'collective',
        startsAt: expect.any(String),
        endsAt: expect.any(String),
        place: '',
        onlineLink: null,
        status: 'pending',
        leaveStatus: null,
      });
      const notMine = await t.http
        .get('/api/me/trainings')
        .set(await as('staff20'))
        .expect(200);
      expect(notMine.body.map((s: { id: string }) => s.id)).not.toContain(id);
    });
  });

  describe('check-in', () => {
    let open: string;
    beforeAll(async () => {
      open = (await create({ title: '正在进行的培训', ...around(-5, 60) })).id;
    });

    it('gives the trainer a six-digit code and the QR of Kaoping’s own page; staff get 403, another unit’s trainer 404', async () => {
      const code = await codeOf(open);
      expect(code.code).toMatch(/^\d{6}$/);
      expect(code.qrText).toBe(`/check-in/${open}?code=${code.code}`);
      expect(new Date(code.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(10_000);
      await t.http
        .get(`/api/trainings/${open}/check-in-code`)
        .set(await as('staff01'))
        .expect(403);
      await t.http
        .get(`/api/trainings/${open}/check-in-code`)
        .set(await as('trainer-cj'))
        .expect(404);
    });

    it('refuses a wrong code, a code replayed two windows later and another session’s code with 422, recording nothing', async () => {
      const other = (await create({ title: '另一场', ...around(-5, 60) })).id;
      const now = windowOf(new Date());
      for (const code of ['000000'.replace(/0/g, () => '9'), codeFor(SECRET, open, now - 2), (await codeOf(other)).code]) {
        const res = await checkIn(open, 'staff02', code);
        if (res.status !== 422) throw new Error(`${code}: ${res.status}`);
        expect(res.body.code).toBe('training.checkIn.badCode');
      }
      expect(await statusOf(open, 'staff02')).toBe('pending');
    });

    it('accepts the previous window’s code (a scan just before it changed)', async () => {
      // not in the last seconds of a window, so the previous one is not two windows old when the request lands
      while (Date.now() % 10_000 > 7_000) await new Promise((resolve) => setTimeout(resolve, 200));
      const res = await checkIn(open, 'staff03', codeFor(SECRET, open, windowOf(new Date()) - 1));
      expect(res.status).toBe(201);
    });

    it('checks in once: 201 the first time, 200 with the same record on a repeat', async () => {
      const { code } = await codeOf(open);
      const first = await checkIn(open, 'staff01', code);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ sessionId: open, userId: user('staff01'), status: 'present', checkedInAt: expect.any(String) });
      const again = await checkIn(open, 'staff01', (await codeOf(open)).code);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(await statusOf(open, 'staff01')).toBe('present');
    });

    it('keeps one record when ten check-ins of one person arrive at once', async () => {
      const { code } = await codeOf(open);
      const token = await as('staff04');
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => t.http.post(`/api/trainings/${open}/check-ins`).set(token).send({ code })),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
      expect(new Set(answers.map((a) => a.body.checkedInAt)).size).toBe(1);
      const [{ count }] = await t.dataSource.query(
        'SELECT count(*)::int AS count FROM training_check_in WHERE session_id = $1 AND user_id = $2',
        [open, user('staff04')],
      );
      expect(count).toBe(1);
    });

    it('answers 404 to someone not asked to attend, and 422 before the window opens', async () => {
      const { code } = await codeOf(open);
      expect((await checkIn(open, 'staff20', code)).status).toBe(404);
      const later = (await create({ title: '明天的培训', ...around(24 * 60, 25 * 60) })).id;
      const early = await checkIn(later, 'staff01', (await codeOf(later)).code);
      expect(early.status).toBe(422);
      expect(early.body).toMatchObject({ code: 'training.checkIn.notOpen', params: { minutes: 15 } });
      const soon = (await create({ title: '二十分钟后', ...around(20, 80) })).id;
      expect((await checkIn(soon, 'staff01', (await codeOf(soon)).code)).status).toBe(422);
    });

    it('flags, without blocking, one device checking in two accounts', async () => {
      const { code } = await codeOf(open);
      expect((await checkIn(open, 'staff05', code, 'phone-A')).status).toBe(201);
      expect((await checkIn(open, 'staff06', code, 'phone-A')).status).toBe(201);
      expect((await checkIn(open, 'staff07', code, 'phone-B')).status).toBe(201);
      const items = await attendance(open);
      const flag = (u: string) => items.find((i) => i.username === u)?.sharedDevice;
      expect([flag('staff05'), flag('staff06'), flag('staff07')]).toEqual([true, true, false]);
    });

    it('shows a late check-in as late', async () => {
      const started = (await create({ title: '半小时前开始', ...around(-30, 30) })).id;
      expect((await checkIn(started, 'staff01', (await codeOf(started)).code)).body.status).toBe('late');
    });

    it('tells the trainer’s live board of each check-in', async () => {
      const session = (await create({ title: '看板', ...around(-1, 60) })).id;
      const port = (t.app.getHttpServer().address() as AddressInfo).port;
      const board = await LiveClient.open(`ws://127.0.0.1:${port}/api/live`);
      try {
        board.send({ type: 'auth', token: await t.tokenFor('trainer') });
        await board.next({ type: 'ready' });
        board.send({ type: 'watch', topic: 'training', id: session });
        await board.next({ type: 'watching', topic: 'training', id: session });
        await checkIn(session, 'staff08', (await codeOf(session)).code);
        const event = (await board.next({ type: 'event' })) as { data: Record<string, unknown> };
        expect(event.data).toMatchObject({ userId: user('staff08'), status: 'present', sharedDevice: false });
        const staff = await LiveClient.open(`ws://127.0.0.1:${port}/api/live`);
        try {
          staff.send({ type: 'auth', token: await t.tokenFor('staff01') });
          await staff.next({ type: 'ready' });
          staff.send({ type: 'watch', topic: 'training', id: session });
          expect(await staff.next({ type: 'error' })).toMatchObject({ code: 'forbidden' });
        } finally {
          staff.ws.terminate();
        }
      } finally {
        board.ws.terminate();
      }
    });
  });

  describe('attendance after the session', () => {
    it('derives absent once the session is over, excused by an approved leave, and takes an audited correction', async () => {
      const leaveFor = (await create({ title: '明天的夕会', form: 'evening_meeting', ...around(60, 120) })).id;
      // leave asked in advance by staff, decided by their manager
      const asked = await t.http
        .put(`/api/trainings/${leaveFor}/leave`)
        .set(await as('staff02'))
        .send({ reason: '走访零售户' })
        .expect(200);
      expect(asked.body).toMatchObject({ leaveStatus: 'pending', status: 'pending' });
      await t.http
        .put(`/api/trainings/${leaveFor}/leave`)
        .set(await as('staff20'))
        .send({ reason: '不在名单' })
        .expect(404);
      await t.http
        .put(`/api/trainings/${leaveFor}/leave-requests/${user('staff02')}`)
        .set(await as('trainer'))
        .send({ status: 'approved' })
        .expect(403);
      const approved = await t.http
        .put(`/api/trainings/${leaveFor}/leave-requests/${user('staff02')}`)
        .set(await as('manager-cz'))
        .send({ status: 'approved' })
        .expect(200);
      expect(approved.body).toMatchObject({ leaveStatus: 'approved', status: 'excused' });
      await t.http
        .put(`/api/trainings/${leaveFor}/leave`)
        .set(await as('staff02'))
        .send({ reason: '改一下' })
        .expect(409);

      const past = (await create({ title: '昨天的培训', ...around(-26 * 60, -25 * 60) })).id;
      const items = await attendance(past);
      expect(items).toHaveLength(8);
      expect(items.every((i) => i.status === 'absent' && i.checkedInAt === null)).toBe(true);
      expect((await checkIn(past, 'staff01', (await codeOf(past)).code)).body.code).toBe('training.checkIn.closed');

      const corrected = await t.http
        .put(`/api/trainings/${past}/attendance/${user('staff03')}`)
        .set(await as('trainer'))
        .send({ status: 'present', reason: '纸质签到表已签' })
        .expect(200);
      expect(corrected.body).toMatchObject({ status: 'present', overrideReason: '纸质签到表已签' });
      await t.http
        .put(`/api/trainings/${past}/attendance/${user('staff03')}`)
        .set(await as('trainer'))
        .send({ status: 'present' })
        .expect(400);
      await t.http
        .put(`/api/trainings/${past}/attendance/${user('staff20')}`)
        .set(await as('trainer'))
        .send({ status: 'present', reason: '不在名单' })
        .expect(404);
      await t.http
        .put(`/api/trainings/${past}/attendance/${user('staff03')}`)
        .set(await as('manager-cz'))
        .send({ status: 'absent', reason: '经理不能改' })
        .expect(403);
      expect(await statusOf(past, 'staff03')).toBe('present');
      const [entry] = await t.dataSource.query(
        `SELECT details FROM audit_event WHERE action = 'training.attendance_correct' AND target_id = $1`,
        [past],
      );
      expect(entry.details).toEqual({ userId: user('staff03'), before: 'absent', after: 'present', reason: '纸质签到表已签' });

      // a manager sees only the people of their own subtree
      const cz2 = (
        await create({
          title: '两个组',
          ...around(-26 * 60, -25 * 60),
          assignees: [{ unitId: unit('城中客户服务部') }, { unitId: unit('城郊一组') }],
        })
      ).id;
      const all = await attendance(cz2, 'trainer');
      const theirs = await attendance(cz2, 'manager-cz');
      expect(all.length).toBeGreaterThan(theirs.length);
      expect(theirs.length).toBe(17); // the 15 staff of 城中 with its manager and trainer
      expect(theirs.every((i) => all.some((a) => a.userId === i.userId))).toBe(true);
      expect(all.some((i) => i.username === 'staff16')).toBe(true);
      expect(theirs.some((i) => i.username === 'staff16')).toBe(false);
    });
  });

  describe('the unit’s calendar', () => {
    it('shows the month’s trainings with the exam sittings, and the plan’s cadence', async () => {
      const month = '2031-03';
      const base = { assignees: [{ unitId: unit('城郊二组') }] };
      const empty = await t.http
        .get(`/api/units/${unit('城郊二组')}/training-calendar?month=${month}`)
        .set(await as('trainer'))
        .expect(200);
      expect(empty.body).toEqual({ month, sessions: [], cadence: { trainings: 0, exams: 0, ok: false, problem: 'missing' } });
      await create({ ...base, title: '三月集体培训', startsAt: '2031-03-05T01:00:00Z', endsAt: '2031-03-05T03:00:00Z' });
      await create({ ...base, title: '三月月考', form: 'exam', startsAt: '2031-03-31T15:00:00Z', endsAt: '2031-03-31T15:50:00Z' });
      // 00:30 on 1 April in Beijing: April's
      await create({ ...base, title: '四月初', startsAt: '2031-03-31T16:30:00Z', endsAt: '2031-03-31T17:30:00Z' });
      const march = await t.http
        .get(`/api/units/${unit('城郊二组')}/training-calendar?month=${month}`)
        .set(await as('manager'))
        .expect(200);
      expect(march.body.sessions.map((s: { title: string; kind: string }) => [s.title, s.kind])).toEqual([
        ['三月集体培训', 'training'],
        ['三月月考', 'exam'],
      ]);
      expect(march.body.cadence).toEqual({ trainings: 1, exams: 1, ok: true, problem: null });
      await create({ ...base, title: '早会', form: 'morning_meeting', startsAt: '2031-03-06T00:00:00Z', endsAt: '2031-03-06T00:20:00Z' });
      const withMeeting = await t.http
        .get(`/api/units/${unit('城郊二组')}/training-calendar?month=${month}`)
        .set(await as('trainer'))
        .expect(200);
      expect(withMeeting.body.sessions).toHaveLength(3);
      expect(withMeeting.body.cadence).toEqual({ trainings: 1, exams: 1, ok: true, problem: null });
      for (const day of ['10', '11'])
        await create({ ...base, title: `加训${day}`, startsAt: `2031-03-${day}T01:00:00Z`, endsAt: `2031-03-${day}T02:00:00Z` });
      const crowded = await t.http
        .get(`/api/units/${unit('城郊二组')}/training-calendar?month=${month}`)
        .set(await as('trainer'))
        .expect(200);
      expect(crowded.body.cadence).toEqual({ trainings: 3, exams: 1, ok: false, problem: 'tooMany' });
      await t.http
        .get(`/api/units/${unit('城郊二组')}/training-calendar?month=${month}`)
        .set(await as('trainer-cz'))
        .expect(404);
      await t.http
        .get(`/api/units/${unit('城郊二组')}/training-calendar?month=${month}`)
        .set(await as('staff24'))
        .expect(403);
    });

    it('puts the demo’s monthly exam sitting on the team’s calendar', async () => {
      const exams = await t.http
        .get('/api/me/exams')
        .set(await as('staff01'))
        .expect(200);
      const sitting = exams.body[0] as { sittingId: string; opensAt: string };
      const month = new Date(new Date(sitting.opensAt).getTime() + 8 * 3600_000).toISOString().slice(0, 7);
      const calendar = await t.http
        .get(`/api/units/${unit('城中一组')}/training-calendar?month=${month}`)
        .set(await as('trainer'))
        .expect(200);
      expect(calendar.body.sessions).toContainEqual(expect.objectContaining({ id: sitting.sittingId, kind: 'exam', form: 'sitting' }));
    });
  });
});
