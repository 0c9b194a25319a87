import { createTestApp, TestApp } from '../support/test-app';

interface Choice {
  id: string;
  text: string;
}
interface Shown {
  slot: number;
  type: string;
  options?: Choice[];
  left?: Choice[];
  right?: Choice[];
  items?: Choice[];
}

const letters = (texts: string[]) => texts.map((text, i) => ({ id: String.fromCharCode(65 + i), text }));
const numbered = (prefix: string, texts: string[]) => texts.map((text, i) => ({ id: `${prefix}${i + 1}`, text }));

/**
 * Stored the way GIFT, XLSX and Moodle XML imports stored them (and as databases still hold them):
 * the key first, pairs L1→R1 by number, ordering items S1…Sn in the right order. Texts name the key
 * so the test can tell, from what a candidate sees, whether an answer is right.
 */
const patterned = (suffix: string) => [
  { type: 'single', stem: `单选${suffix}`, options: letters(['对的', '错一', '错二', '错三']), answer: 'A' },
  { type: 'multiple', stem: `多选${suffix}`, options: letters(['对一', '对二', '错一', '错二']), answer: ['A', 'B'] },
  {
    type: 'matching',
    stem: `匹配${suffix}`,
    left: numbered('L', ['甲', '乙', '丙']),
    right: numbered('R', ['配甲', '配乙', '配丙', '不配']),
    answer: { L1: 'R1', L2: 'R2', L3: 'R3' },
  },
  { type: 'ordering', stem: `排序${suffix}`, items: numbered('S', ['第一步', '第二步', '第三步']), answer: ['S1', 'S2', 'S3'] },
];

/** Copies of each patterned question per paper or practice set, and attempts or draws over them: 200 presentations per type. */
const COPIES = 10;
const ROUNDS = 20;

/** An attacker who knows only the id pattern: the smallest ids are the key, and sorted ids pair up or give the order. */
function answerFromIds(q: Shown): unknown {
  const sorted = (list: Choice[]) => list.map((c) => c.id).sort();
  switch (q.type) {
    case 'single':
      return sorted(q.options!)[0];
    case 'multiple':
      return sorted(q.options!).slice(0, 2);
    case 'matching': {
      const right = sorted(q.right!);
      return Object.fromEntries(sorted(q.left!).map((l, i) => [l, right[i]]));
    }
    default:
      return sorted(q.items!);
  }
}

/** Whether an answer in the ids shown is the key, judged by the texts behind the ids. */
function isKey(q: Shown, answer: unknown): boolean {
  const text = (list: Choice[], id: string) => list.find((c) => c.id === id)!.text;
  switch (q.type) {
    case 'single':
      return text(q.options!, answer as string) === '对的';
    case 'multiple':
      return (
        (answer as string[])
          .map((id) => text(q.options!, id))
          .sort()
          .join() === '对一,对二'
      );
    case 'matching':
      return Object.entries(answer as Record<string, string>).every(([l, r]) => text(q.right!, r) === `配${text(q.left!, l)}`);
    default:
      return (answer as string[]).map((id) => text(q.items!, id)).join() === '第一步,第二步,第三步';
  }
}

/** One in 4 (single), C(4,2) = 6 (multiple), 4·3·2 = 24 (matching), 3! = 6 (ordering). */
const CHANCE: Record<string, number> = { single: 1 / 4, multiple: 1 / 6, matching: 1 / 24, ordering: 1 / 6 };

/** Counts of hits and of tries per type, each near what chance gives: within five binomial standard deviations (at least 3). */
function expectChance(hits: Record<string, number>, tries: Record<string, number>, what: string): void {
  for (const [type, chance] of Object.entries(CHANCE)) {
    const n = tries[type];
    const slack = Math.max(3, 5 * Math.sqrt(n * chance * (1 - chance)));
    expect({ what, type, hits: hits[type], n, nearChance: n >= COPIES && Math.abs(hits[type] - n * chance) <= slack }).toEqual({
      what,
      type,
      hits: hits[type],
      n,
      nearChance: true,
    });
  }
}

const tally = () => ({ single: 0, multiple: 0, matching: 0, ordering: 0 }) as Record<string, number>;

/** The order shown, read as an answer: the first option(s), each left beside the right shown next to it, items top to bottom. */
function answerAsShown(q: Shown): unknown {
  switch (q.type) {
    case 'single':
      return q.options![0].id;
    case 'multiple':
      return q.options!.slice(0, 2).map((o) => o.id);
    case 'matching':
      return Object.fromEntries(q.left!.map((l, i) => [l.id, q.right![i].id]));
    default:
      return q.items!.map((i) => i.id);
  }
}

/**
 * Whatever a candidate sees — ids, order, lengths — says nothing about the key, whatever ids the
 * question was stored with: measured over 200 presentations per type, in exams and in practice.
 */
describe(`the choices a candidate sees give no key away (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** COPIES of each patterned question, stored with the ids chosen by the caller as older imports did. */
  async function patternedBank(name: string, dimension?: string): Promise<string[]> {
    const trainer = await as('trainer');
    const bank = (await t.http.post('/api/question-banks').set(trainer).send({ name }).expect(201)).body.id;
    if (dimension) {
      // practice draws from banks the person's unit reaches: share it with the whole department
      const units = (
        await t.http
          .get('/api/units')
          .set(await as('admin'))
          .expect(200)
      ).body as Array<{ id: string; name: string }>;
      await t.http
        .put(`/api/question-banks/${bank}/shares`)
        .set(trainer)
        .send({ unitIds: [units.find((u) => u.name === '营销部')!.id] })
        .expect(200);
    }
    const ids: string[] = [];
    for (let copy = 1; copy <= COPIES; copy++) {
      for (const q of patterned(`${name}${copy}`))
        ids.push(
          (
            await t.http
              .post(`/api/question-banks/${bank}/questions`)
              .set(trainer)
              .send({ ...q, ...(dimension && { dimension }) })
              .expect(201)
          ).body.id,
        );
    }
    return ids;
  }

  async function sittingFor(questionIds: string[], username: string, title: string): Promise<string> {
    const trainer = await as('trainer');
    const slots = questionIds.map((questionId) => ({ questionId, points: 1 }));
    const paper = (
      await t.http
        .post('/api/papers')
        .set(trainer)
        .send({ title, kind: 'fixed', multipleRule: 'all_or_nothing', partialCredit: false, sections: [{ title: '一', slots }] })
        .expect(201)
    ).body;
    const staff = (await t.http.get(`/api/users?q=${username}`).set(trainer)).body.items[0];
    const now = Date.now();
    const body = {
      paperId: paper.id,
      title,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3600_000).toISOString(),
      durationMinutes: 10,
      assignees: [{ userId: staff.id }],
    };
    return (await t.http.post('/api/sittings').set(trainer).send(body).expect(201)).body.id;
  }

  it('in exams: the ids and order shown match the key only by chance, answers map back to the stored key, and the review shows what was seen', async () => {
    const sittingId = await sittingFor(await patternedBank('考试'), 'staff20', '选项编号测验');
    await t.dataSource.query('UPDATE sitting SET attempts_allowed = $2 WHERE id = $1', [sittingId, ROUNDS]);
    const h = await as('staff20');
    const byIds = tally();
    const asShown = tally();
    const tries = tally();
    const keyIds = new Set<string>();
    const attempts: Array<{ id: string; questions: Shown[] }> = [];
    for (let n = 0; n < ROUNDS; n++) {
      const attempt = (await t.http.post(`/api/exams/${sittingId}/attempts`).set(h).expect(201)).body as { id: string; questions: Shown[] };
      for (const q of attempt.questions) {
        const ids = [q.options, q.left, q.right, q.items].flatMap((list) => list ?? []).map((c) => c.id);
        // one length for every id, and none of the stored ones
        expect([new Set(ids.map((id) => id.length)).size, ids.filter((id) => /^[A-D]$|^[LRS]\d$/.test(id))]).toEqual([1, []]);
        tries[q.type]++;
        if (isKey(q, answerFromIds(q))) byIds[q.type]++;
        if (isKey(q, answerAsShown(q))) asShown[q.type]++;
        if (q.type === 'single') keyIds.add(q.options!.find((o) => o.text === '对的')!.id);
      }
      attempts.push(attempt);
      // the first two answer from the ids, as the attacker did; the rest hand in blank papers
      if (n < 2)
        await Promise.all(
          attempt.questions.map((q) =>
            t.http
              .put(`/api/attempts/${attempt.id}/answers/${q.slot}`)
              .set(h)
              .send({ answer: answerFromIds(q), seq: 1 })
              .expect(200),
          ),
        );
      await t.http.post(`/api/attempts/${attempt.id}/submit`).set(h).expect(200);
    }
    expectChance(byIds, tries, 'by sorted ids');
    expectChance(asShown, tries, 'in the order shown');
    expect(keyIds.size).toBe(tries.single);

    // graded in the question's own ids: the id pattern earns what chance earns (about 0.16), not full marks
    const scores = await t.dataSource.query(
      `SELECT score::float8 AS score, max_score::float8 AS max FROM attempt WHERE id = ANY($1::uuid[])`,
      [attempts.slice(0, 2).map((a) => a.id)],
    );
    expect(
      scores.reduce((n: number, r: { score: number }) => n + r.score, 0) / scores.reduce((n: number, r: { max: number }) => n + r.max, 0),
    ).toBeLessThan(0.35);
    const stored = await t.dataSource.query(`SELECT answer FROM attempt_slot WHERE attempt_id = $1 AND slot = 4`, [attempts[0].id]);
    expect([...stored[0].answer].sort()).toEqual(['S1', 'S2', 'S3']);

    // once the policy shows the key: in the ids and order that attempt saw, beside the answer given
    await t.dataSource.query(`UPDATE sitting SET closes_at = now() - interval '1 minute' WHERE id = $1`, [sittingId]);
    const review = (await t.http.get(`/api/attempts/${attempts[0].id}/result`).set(h).expect(200)).body as {
      visible: { rightAnswers: boolean };
      questions: Array<Shown & { yourAnswer: unknown; rightAnswer: unknown }>;
    };
    expect(review.visible.rightAnswers).toBe(true);
    for (const [i, q] of review.questions.entries()) {
      const seen = attempts[0].questions[i];
      expect({ options: q.options, left: q.left, right: q.right, items: q.items }).toEqual({
        options: seen.options,
        left: seen.left,
        right: seen.right,
        items: seen.items,
      });
      expect(q.yourAnswer).toEqual(answerFromIds(seen));
      expect(isKey(q, q.rightAnswer)).toBe(true);
    }
  }, 300_000);

  it('refuses an answer in stored ids the candidate was never shown, and resumes with what was shown', async () => {
    const trainer = await as('trainer');
    const bank = (await t.http.post('/api/question-banks').set(trainer).send({ name: '猜编号' }).expect(201)).body.id;
    const ordering = (await t.http.post(`/api/question-banks/${bank}/questions`).set(trainer).send(patterned('（猜）')[3]).expect(201)).body
      .id;
    const sittingId = await sittingFor([ordering], 'staff21', '猜编号测验');
    const h = await as('staff21');
    const attempt = (await t.http.post(`/api/exams/${sittingId}/attempts`).set(h).expect(201)).body;
    const res = await t.http
      .put(`/api/attempts/${attempt.id}/answers/1`)
      .set(h)
      .send({ answer: ['S1', 'S2', 'S3'], seq: 1 })
      .expect(400);
    expect(res.body.message).toMatch(/^answer: 排序题没有条目「S1」/);
    const resumed = (await t.http.get(`/api/attempts/${attempt.id}`).set(h).expect(200)).body;
    expect(resumed.questions).toEqual(attempt.questions);
  });

  it('in practice: the ids and order shown match the key only by chance, and the key comes back in the ids shown', async () => {
    // only these questions are practice material for the dimension
    await t.dataSource.query(`UPDATE question SET needs_review = true WHERE dimension = '行业政策'`);
    await patternedBank('练习', '行业政策');
    const byIds = tally();
    const idTries = tally();
    const asShown = tally();
    const tries = tally();
    let drawn: Array<Shown & { questionId: string }> = [];
    // ids are derived per person and question, order is drawn per showing: five people, four draws each
    for (const username of ['staff22', 'staff23', 'staff24', 'staff25', 'staff26']) {
      const h = await as(username);
      const seen = new Set<string>();
      for (let n = 0; n < ROUNDS / 5; n++) {
        drawn = (await t.http.get('/api/me/practice?source=dimension&dimension=行业政策&count=50').set(h).expect(200)).body;
        expect(drawn).toHaveLength(COPIES * 4);
        for (const q of drawn) {
          tries[q.type]++;
          if (isKey(q, answerAsShown(q))) asShown[q.type]++;
          if (seen.has(q.questionId)) continue;
          seen.add(q.questionId);
          idTries[q.type]++;
          if (isKey(q, answerFromIds(q))) byIds[q.type]++;
        }
      }
    }
    expectChance(asShown, tries, 'practice, in the order shown');
    expectChance(byIds, idTries, 'practice, by sorted ids');

    const h = await as('staff26');
    const ordering = drawn.find((q) => q.type === 'ordering')!;
    await t.http
      .post('/api/me/practice/answers')
      .set(h)
      .send({ questionId: ordering.questionId, answer: ['S1', 'S2', 'S3'] })
      .expect(400);
    const right = ['第一步', '第二步', '第三步'].map((text) => ordering.items!.find((i) => i.text === text)!.id);
    const feedback = (
      await t.http.post('/api/me/practice/answers').set(h).send({ questionId: ordering.questionId, answer: right }).expect(200)
    ).body;
    expect(feedback).toMatchObject({ state: 'correct', rightAnswer: right });
  }, 300_000);
});
