import { randomUUID } from 'node:crypto';
import { CompetencyEvidenceService } from '../src/modules/competency/application/competency-evidence.service';
import { CompetencyProjector } from '../src/modules/competency/application/competency-projector';
import { createTestApp, TestApp } from './support/test-app';

type Level = { dimension: string; level: number | null; status: string; items: number };

describe(`the competency record counts what the official score counts (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let projector: CompetencyProjector;
  let evidence: CompetencyEvidenceService;
  const ids = new Map<string, string>();
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const level = (levels: Level[], dimension: string) => levels.find((d) => d.dimension === dimension)!;
  const record = async (username: string, month: string) =>
    (
      await t.http
        .get(`/api/competency/people/${ids.get(username)}?month=${month}&months=1`)
        .set(await as('manager'))
        .expect(200)
    ).body;

  /** An attempt's graded event as the exams module writes it: ten 法律法规 questions of 2 points. */
  const attempt = (
    username: string,
    sittingId: string,
    at: string,
    right: number,
    counted: Array<[string, number]>,
    attemptId: string,
    makeupOf: string | null = null,
  ) => ({
    attemptId,
    sittingId,
    sittingTitle: makeupOf ? '法律法规测验（补考）' : '法律法规测验',
    gradingMethod: 'highest',
    makeupOf,
    counted: counted.map(([id, share]) => ({ attemptId: id, share })),
    userId: ids.get(username)!,
    submittedAt: at,
    gradedAt: at,
    score: right * 2,
    maxScore: 20,
    items: Array.from({ length: 10 }, (_, n) => ({
      slot: n + 1,
      questionId: randomUUID(),
      version: 1,
      dimension: '法律法规',
      fraction: n < right ? 1 : 0,
      score: n < right ? 2 : 0,
      points: 2,
    })),
  });
  const publish = async (...payloads: object[]) => {
    for (const p of payloads)
      await t.dataSource.query(`INSERT INTO domain_event (type, payload) VALUES ('exam.attempt_graded', $1)`, [JSON.stringify(p)]);
    let applied = 0;
    for (const until = Date.now() + 20_000; applied < payloads.length && Date.now() < until;) {
      applied += await projector.drain();
      if (applied < payloads.length) await new Promise((r) => setTimeout(r, 50));
    }
    expect(applied).toBe(payloads.length);
  };

  beforeAll(async () => {
    t = await createTestApp();
    projector = t.app.get(CompetencyProjector);
    evidence = t.app.get(CompetencyEvidenceService);
    for (const u of await t.dataSource.query<Array<{ id: string; username: string }>>('SELECT id, username FROM app_user'))
      ids.set(u.username, u.id);
    await projector.drain();
  });
  afterAll(() => t.close());

  it("moves the count to a better second attempt under 'highest', and shows the first as not counted", async () => {
    const sitting = randomUUID();
    const [a1, a2] = [randomUUID(), randomUUID()];
    await publish(attempt('staff02', sitting, '2021-03-05T02:00:00Z', 4, [[a1, 1]], a1));
    expect(level((await record('staff02', '2021-03')).current, '法律法规')).toMatchObject({ level: 0.4, items: 10 });
    await publish(attempt('staff02', sitting, '2021-03-06T02:00:00Z', 9, [[a2, 1]], a2));
    const after = await record('staff02', '2021-03');
    // the official score is 90 %: the record is 90 %, not (40 + 90) / 2, and 10 items, not 20
    expect(level(after.current, '法律法规')).toMatchObject({ level: 0.9, items: 10, status: 'met' });
    const shares = Object.fromEntries(
      after.recentEvidence.map((e: { sourceId: string; countedShare: number }) => [e.sourceId, e.countedShare]),
    );
    expect(shares).toEqual({ [a1]: 0, [a2]: 1 });
    expect(after.evidenceByKind).toEqual([{ kind: 'exam', sources: 1, items: 10, points: 18, maxPoints: 20, makeups: 0 }]);
  });

  it("counts every attempt by half under 'average', as the score does", async () => {
    const sitting = randomUUID();
    const [a1, a2] = [randomUUID(), randomUUID()];
    await publish(
      attempt('staff03', sitting, '2021-03-05T02:00:00Z', 4, [[a1, 1]], a1),
      attempt(
        'staff03',
        sitting,
        '2021-03-06T02:00:00Z',
        8,
        [
          [a1, 0.5],
          [a2, 0.5],
        ],
        a2,
      ),
    );
    expect(level((await record('staff03', '2021-03')).current, '法律法规')).toMatchObject({ level: 0.6, items: 10 });
  });

  it('keeps the first attempt when a later grading says the first counts', async () => {
    const sitting = randomUUID();
    const [a1, a2] = [randomUUID(), randomUUID()];
    await publish(
      attempt('staff04', sitting, '2021-03-05T02:00:00Z', 3, [[a1, 1]], a1),
      attempt('staff04', sitting, '2021-03-06T02:00:00Z', 10, [[a1, 1]], a2),
    );
    expect(level((await record('staff04', '2021-03')).current, '法律法规')).toMatchObject({ level: 0.3 });
  });

  it('marks evidence from a make-up and counts it beside the failed sitting', async () => {
    const sitting = randomUUID();
    const makeup = randomUUID();
    const [a1, m1] = [randomUUID(), randomUUID()];
    await publish(
      attempt('staff05', sitting, '2021-03-05T02:00:00Z', 5, [[a1, 1]], a1),
      attempt('staff05', makeup, '2021-03-20T02:00:00Z', 8, [[m1, 1]], m1, sitting),
    );
    const body = await record('staff05', '2021-03');
    const byId = new Map(body.recentEvidence.map((e: { sourceId: string }) => [e.sourceId, e]));
    expect(byId.get(m1)).toMatchObject({ makeup: true, sourceGroup: makeup, sourceTitle: '法律法规测验（补考）', countedShare: 1 });
    expect(byId.get(a1)).toMatchObject({ makeup: false, countedShare: 1 });
    expect(body.evidenceByKind).toEqual([expect.objectContaining({ kind: 'exam', sources: 2, makeups: 1 })]);
    expect(level(body.current, '法律法规')).toMatchObject({ level: 0.65, items: 20 });
  });

  describe('the evidence contract', () => {
    const contest = (fraction: number) => ({
      kind: 'contest' as const,
      sourceId: `contest-1:${ids.get('staff06')}`,
      title: '法律法规知识竞赛',
      userId: ids.get('staff06')!,
      occurredAt: new Date('2021-04-10T06:00:00Z'),
      items: [{ dimension: '法律法规' as const, fraction, weight: 20, items: 10 }],
    });

    it('records a contest once however often it is recorded, and the record stops calling itself an exam score rate', async () => {
      await evidence.recordEvidence(contest(0.5));
      await evidence.recordEvidence(contest(0.85));
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM competency_evidence WHERE source_kind = 'contest' AND user_id = $1`,
        [ids.get('staff06')],
      );
      expect(n).toBe(1);
      const body = await record('staff06', '2021-04');
      expect(body.basis).toBe('mixed');
      expect(level(body.current, '法律法规')).toMatchObject({ level: 0.85, items: 10, status: 'met' });
      expect(body.evidenceByKind).toEqual([{ kind: 'contest', sources: 1, items: 10, points: 17, maxPoints: 20, makeups: 0 }]);
      expect(body.recentEvidence[0]).toMatchObject({
        sourceKind: 'contest',
        sourceId: contest(1).sourceId,
        sourceTitle: '法律法规知识竞赛',
      });
      const [row] = await t.dataSource.query(`SELECT unit_id FROM competency_evidence WHERE source_kind = 'contest' AND user_id = $1`, [
        ids.get('staff06'),
      ]);
      const [user] = await t.dataSource.query(`SELECT unit_id FROM app_user WHERE id = $1`, [ids.get('staff06')]);
      expect(row.unit_id).toBe(user.unit_id);
    });

    it('takes the evidence back when recorded with no items, and refuses what it cannot record', async () => {
      await evidence.recordEvidence({ ...contest(0), items: [] });
      const body = await record('staff06', '2021-04');
      expect(body.evidenceByKind).toEqual([]);
      expect(body.basis).toBe('none');
      expect(level(body.current, '法律法规').status).toBe('no_evidence');
      await expect(evidence.recordEvidence(contest(1.5))).rejects.toMatchObject({ code: 'competency.evidence.invalid' });
    });

    it("writes inside the caller's transaction: a rollback leaves nothing", async () => {
      await expect(
        t.dataSource.transaction(async (manager) => {
          await evidence.recordEvidence(contest(1), manager);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect((await record('staff06', '2021-04')).evidenceByKind).toEqual([]);
    });
  });
});
