import { createTestApp, TestApp } from './support/test-app';

/** Every request of these tests comes from one address, like an office behind one router. */
describe(`login throttling (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());
  afterEach(() => t.dataSource.query('DELETE FROM login_attempt'));

  const login = (username: string, password: string) => t.http.post('/api/auth/login').send({ username, password });
  const tally = (statuses: number[]) => statuses.reduce<Record<number, number>>((n, s) => ({ ...n, [s]: (n[s] ?? 0) + 1 }), {});

  it('counts fifteen simultaneous wrong passwords for one account one by one: five are checked, ten refused with 429', async () => {
    const statuses = (await Promise.all(Array.from({ length: 15 }, (_, i) => login('staff01', `simultaneous-guess-${i}`)))).map(
      (r) => r.status,
    );
    expect(tally(statuses)).toEqual({ 401: 5, 429: 10 });
    const [{ n }] = await t.dataSource.query(`SELECT count(*) AS n FROM login_attempt WHERE username = 'staff01'`);
    expect(Number(n)).toBe(5);
    await login('staff01', 'kaoping-demo').expect(429);
  });

  it('lets ten simultaneous logins of one account with the right password all in (an office signing in at once, a double tap)', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => login('staff10', 'kaoping-demo')));
    expect(tally(responses.map((r) => r.status))).toEqual({ 200: 10 });
    expect(new Set(responses.map((r) => r.body.accessToken)).size).toBe(10);
    const [{ failed }] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE succeeded IS NOT TRUE) AS failed FROM login_attempt WHERE username = 'staff10'`,
    );
    expect(Number(failed)).toBe(0);
  });

  it('counts simultaneous guesses spread over many accounts against the address too', async () => {
    await login('made-up-0', 'Summer2026!').expect(401);
    await t.dataSource.query(
      `INSERT INTO login_attempt (username, ip, succeeded) SELECT 'made-up-' || g, ip, false FROM generate_series(1, 39) g, (SELECT ip FROM login_attempt LIMIT 1) a`,
    );
    const statuses = (await Promise.all(Array.from({ length: 20 }, (_, i) => login(`sprayed-${i}`, 'Summer2026!')))).map((r) => r.status);
    expect(tally(statuses)).toEqual({ 401: 10, 429: 10 });
  });

  it('lets a real user of an office in with the right password while a spray of made-up names from the same address is stopped', async () => {
    for (let i = 0; i < 50; i++) await login(`nobody-${i}`, `spray-${i}`).expect(401);
    // the spray goes on: wrong passwords and made-up names are refused alike (no hint which names exist)
    const unknown = await login('nobody-51', 'spray-51').expect(429);
    const wrong = await login('staff02', 'spray-52').expect(429);
    expect(Number(unknown.headers['retry-after'])).toBeGreaterThan(60);
    // the same answer either way (the wait may have ticked down a second in between)
    expect([wrong.body.code, wrong.body.message.replace(/\d+/g, 'N')]).toEqual([
      unknown.body.code,
      unknown.body.message.replace(/\d+/g, 'N'),
    ]);
    // the colleagues at that address still get in
    for (const username of ['staff03', 'staff04', 'trainer']) await login(username, 'kaoping-demo').expect(200);
    // one typo of a real user costs nothing more than a 429 answer; their next, right, try gets in
    await login('staff05', 'kaoping-dem0').expect(429);
    await login('staff05', 'kaoping-demo').expect(200);
  });

  it('shuts an account to a spraying address after its second failure from there, right password or not', async () => {
    for (let i = 0; i < 50; i++) await login(`nobody-${i}`, `spray-${i}`).expect(401);
    await login('staff06', 'first-guess-1').expect(429);
    await login('staff06', 'second-guess-2').expect(429);
    await login('staff06', 'kaoping-demo').expect(429);
    await login('staff07', 'kaoping-demo').expect(200);
  });

  it('limits guesses at the current password when changing it, like logins', async () => {
    const token = await t.tokenFor('staff08');
    const change = (currentPassword: string) =>
      t.http
        .put('/api/me/password')
        .set('Authorization', `Bearer ${token}`)
        .send({ currentPassword, newPassword: 'a-new-field-password-8' });
    for (let i = 0; i < 5; i++) await change(`guess-${i}`).expect(400);
    const refused = await change('kaoping-demo').expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // and the same count guards the login form: the thief cannot switch to it
    await login('staff08', 'another-guess').expect(429);
  });

  it('counts simultaneous guesses at the current password one by one', async () => {
    const token = await t.tokenFor('staff09');
    const statuses = (
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          t.http
            .put('/api/me/password')
            .set('Authorization', `Bearer ${token}`)
            .send({ currentPassword: `guess-${i}`, newPassword: 'a-new-field-password-9' }),
        ),
      )
    ).map((r) => r.status);
    expect(tally(statuses)).toEqual({ 400: 5, 429: 7 });
  });
});
