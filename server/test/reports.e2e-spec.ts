import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { addMonths, monthLabel, monthOf } from '../src/platform/calendar/month';
import { createTestApp, TestApp } from './support/test-app';

// Three months back: complete, and clear of the demo's own monthly exam.
const R = monthLabel(addMonths(monthOf(new Date()), -3));
const at = (day: number, hour = 10) => new Date(`${R}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`);

const binary = (res: import('superagent').Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

interface Person {
  username: string;
  attendance: { expected: number; took: number };
  displayName: string;
  score: number | null;
  rank: number | null;
  items: Array<{ item: string; score: number | null; status: string }>;
}

describe(`the 考核 scorecard and the monthly assessment report (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const ids: Record<string, string> = {};
  const names: Record<string, string> = {};
  const units: Record<string, string> = {};
  const scorecard = async (viewer: string, unit = '城中一组', month = R) =>
    t.http.get(`/api/reports/scorecard?unitId=${units[unit]}&month=${month}`).set(await as(viewer));
  const byName = (people: Person[]) => Object.fromEntries(people.map((p) => [p.username, p]));

  async function sitting(
    title: string,
    opens: Date,
    closes: Date,
    method: string,
    attemptsAllowed: number,
    makeupOf: string | null = null,
  ) {
    const [{ id: paperId }] = await t.dataSource.query<Array<{ id: string }>>('SELECT id FROM paper LIMIT 1');
    const [{ id }] = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO sitting (paper_id, title, opens_at, closes_at, duration_minutes, attempts_allowed, grading_method, pass_percent, review_policy, owner_unit_id, makeup_of)
       VALUES ($1, $2, $3, $4, 30, $5, $6, 60, '{}'::jsonb, $7, $8) RETURNING id`,
      [paperId, title, opens, closes, attemptsAllowed, method, units['营销部'], makeupOf],
    );
    return id;
  }
  async function graded(sittingId: string, username: string, scores: number[], day: number) {
    for (const [i, score] of scores.entries())
      await t.dataSource.query(
        `INSERT INTO attempt (sitting_id, user_id, attempt_no, status, started_at, deadline, submitted_at, submitted_by, score, max_score, graded_at)
         VALUES ($1, $2, $3, 'graded', $4, $5, $5, 'candidate', $6, 50, $5)`,
        [sittingId, ids[username], i + 1, at(day, 9 + i), at(day, 10 + i), score / 2],
      );
  }

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of await t.dataSource.query<Array<{ id: string; username: string; display_name: string }>>(
      'SELECT id, username, display_name FROM app_user',
    )) {
      ids[u.username] = u.id;
      names[u.username] = u.display_name;
    }
    for (const u of await t.dataSource.query<Array<{ id: string; name: string }>>('SELECT id, name FROM org_unit')) units[u.name] = u.id;

    // 城中一组 (staff01–08): a sitting graded by the average of two attempts, and a make-up (补考) for who failed or missed it
    const exam = await sitting(`${R} 月度测验`, at(5), at(8), 'average', 2);
    await t.dataSource.query(`INSERT INTO sitting_assignee (sitting_id, unit_id, role) VALUES ($1, $2, 'staff')`, [
      exam,
      units['城中一组'],
    ]);
    await graded(exam, 'staff01', [80, 100], 5); // average 90
    await graded(exam, 'staff02', [50], 5); // failed, then 70 in the make-up
    await graded(exam, 'staff04', [90], 6);
    await graded(exam, 'staff05', [90], 6);
    for (const u of ['staff06', 'staff07', 'staff08']) await graded(exam, u, [60], 7);
    const makeup = await sitting(`${R} 月度测验（补考）`, at(20), at(22), 'average', 1, exam);
    for (const u of ['staff02', 'staff03'])
      await t.dataSource.query(`INSERT INTO sitting_assignee (sitting_id, user_id) VALUES ($1, $2)`, [makeup, ids[u]]);
    await graded(makeup, 'staff02', [70], 21); // staff03 misses the make-up too: 缺考

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('数据');
    sheet.addRow(['用户名', '月份', '指标', '分子', '分母', '核实的指导次数']);
    sheet.addRow(['staff01', R, 'effective_guidance', 9, 20, 10]); // 90 % of the verified: met
    sheet.addRow(['staff02', R, 'effective_guidance', 5, 20, 10]); // 50 %: missed
    sheet.addRow(['staff04', R, 'quota_underused', 9, 10]); // 使用偏少 for 90 %: information, never a failure
    sheet.addRow(['staff01', monthLabel(addMonths(`${R}-01`, -1)), 'effective_guidance', 5, 20, 10]); // last month: missed
    const res = await t.http
      .post('/api/kpi/imports?kind=ratios')
      .set(await as('manager'))
      .attach('file', Buffer.from(await book.xlsx.writeBuffer()), 'figures.xlsx');
    expect(res.status).toBe(201);
  });
  afterAll(() => t.close());

  it('scores each customer manager by the weighted KPIs and the official exam result, and ranks by it (ties share the rank)', async () => {
    const res = await scorecard('manager');
    expect(res.status).toBe(200);
    const people = byName(res.body.people as Person[]);
    expect(res.body.people).toHaveLength(8);
    // plan weights: exam 20, 有效指导率 15; items without data do not count
    expect(people.staff01.score).toBeCloseTo((90 * 20 + 100 * 15) / 35, 6);
    expect(people.staff01.rank).toBe(1);
    expect(people.staff04.score).toBe(90); // 使用偏少 took nothing away
    expect(people.staff04.items.find((i) => i.item === 'quota_underused')).toBeUndefined();
    expect([people.staff04.rank, people.staff05.rank]).toEqual([2, 2]);
    expect(people.staff06.rank).toBe(4);
    expect(people.staff02.score).toBeCloseTo((70 * 20) / 35, 6); // the make-up's 70 replaced the 50
    expect(people.staff03.score).toBe(0); // missed the exam and its make-up
    expect(people.staff03.items.find((i) => i.item === 'exam')).toMatchObject({ score: 0 });
    // attendance per person: the make-up stands in for the first sitting
    expect(people.staff03.attendance).toEqual({ expected: 1, took: 0 });
    expect(people.staff02.attendance).toEqual({ expected: 1, took: 1 });
    expect(res.body.people.map((p: Person) => p.rank)).toEqual([1, 2, 2, 4, 4, 4, 7, 8]);

    const [exam] = res.body.exams;
    expect(exam).toMatchObject({ expected: 8, took: 7, graded: 7, passed: 7 }); // staff02 passed in the make-up
    expect(exam.absent.map((p: { userId: string }) => p.userId)).toEqual([ids.staff03]);
    expect(exam.participationRate).toBeCloseTo(7 / 8);
    expect(exam.distribution).toEqual([0, 3, 1, 0, 3]);
  });

  it('is scoped: a market manager sees their own subtree and gets 404 outside it; staff are refused', async () => {
    expect((await scorecard('manager-cz')).status).toBe(200);
    expect((await scorecard('manager-cz', '城郊一组')).status).toBe(404);
    expect((await scorecard('staff01')).status).toBe(403);
    expect((await t.http.get(`/api/reports/scorecard?unitId=${units['城中一组']}&month=2026-13`).set(await as('manager'))).status).toBe(
      400,
    );
  });

  describe('the department’s weights', () => {
    const put = async (username: string, weights: Array<{ item: string; weight: number }>) =>
      t.http
        .put('/api/reports/weights')
        .set(await as(username))
        .send({ weights });
    let plan: Array<{ item: string; weight: number }>;

    beforeAll(async () => {
      const res = await t.http.get(`/api/reports/weights?unitId=${units['城中一组']}`).set(await as('manager-cz'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ departmentName: '营销部', custom: false, mayEdit: false });
      plan = (res.body.items as Array<{ item: string; weight: number; planWeight: number }>).map(({ item, weight }) => ({ item, weight }));
      expect(plan.reduce((sum, w) => sum + w.weight, 0)).toBe(100);
    });

    it('are kept by the head of the department or an admin only, and must add up to 100', async () => {
      expect((await put('manager-cz', plan)).status).toBe(403);
      expect((await put('staff01', plan)).status).toBe(403);
      const over = await put(
        'manager',
        plan.map((w) => (w.item === 'exam' ? { ...w, weight: 30 } : w)),
      );
      expect(over.status).toBe(400);
      expect(over.body).toMatchObject({ code: 'reports.weights.invalid' });
      expect((await put('manager', [...plan, { item: 'quota_underused', weight: 0 }])).body.code).toBe('reports.weights.invalid');
    });

    it('once changed, re-score the month and leave an audit entry', async () => {
      const examOnly = plan.map((w) => ({ item: w.item, weight: w.item === 'exam' ? 50 : w.item === 'effective_guidance' ? 50 : 0 }));
      const res = await put('manager', examOnly);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ custom: true, mayEdit: true });
      const people = byName((await scorecard('manager')).body.people as Person[]);
      expect(people.staff01.score).toBe(95);
      expect(people.staff02.score).toBe(35);
      const [audit] = await t.dataSource.query(`SELECT actor_id, details FROM audit_event WHERE action = 'reports.weights.replace'`);
      expect(audit.actor_id).toBe(ids.manager);
      expect(audit.details.before.exam).toBe(20);
      expect(audit.details.after.exam).toBe(50);
      expect((await put('admin', plan)).status).toBe(200);
    });
  });

  describe('the monthly assessment report', () => {
    const report = async (viewer: string, format: string, unit = '城中一组') =>
      t.http
        .get(`/api/reports/monthly-assessment?unitId=${units[unit]}&month=${R}&format=${format}`)
        .set(await as(viewer))
        .buffer(true)
        .parse(binary);

    it('as XLSX: participation as a percentage, the absent, each person’s score and rank as numbers', async () => {
      const res = await report('manager-cz', 'xlsx');
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent(`月度考核报告_城中一组_${R}.xlsx`));
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body);
      const overview = book.getWorksheet('概况')!;
      const rate = overview
        .getRows(2, overview.rowCount - 1)!
        .find((r) => r.getCell(1).value === '参考率')!
        .getCell(2);
      expect(rate.value).toBeCloseTo(7 / 8);
      expect(rate.numFmt).toBe('0.##%');
      const absent = book.getWorksheet('未参考名单')!;
      expect(absent.getRow(2).getCell(1).value).toBe(names.staff03);
      expect(absent.getRow(2).getCell(4).value).toBe('缺考');
      const ranking = book.getWorksheet('考核排名')!;
      const first = ranking.getRow(2);
      expect(first.getCell(1).value).toBe(1);
      expect(first.getCell(2).value).toBe(names.staff01);
      expect(first.getCell(5).type).toBe(ExcelJS.ValueType.Number);
      expect(first.getCell(5).value).toBeCloseTo(94.29, 2);
      expect(first.getCell(5).numFmt).toBe('0.##');
      expect(first.getCell(6).value).toBe(0); // last month: 有效指导率 missed, no exam
      expect([ranking.getRow(1).getCell(9).value, first.getCell(9).value, first.getCell(10).value]).toEqual(['应参考', 1, 1]);
      const kpis = book.getWorksheet('指标')!;
      const underused = kpis.getRows(2, kpis.rowCount - 1)!.find((r) => (r.getCell(1).value as string).includes('使用偏少'))!;
      expect(underused.getCell(5).value).toBe('仅供参考');
      expect(underused.getCell(2).numFmt).toBe('0%');
    });

    it('as an A4 PDF whose Chinese text names the people and their figures', async () => {
      const started = Date.now();
      const res = await report('manager', 'pdf');
      expect(res.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = await getDocumentProxy(new Uint8Array(res.body as Buffer));
      const { text } = await extractText(pdf, { mergePages: true });
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain(`月度考核报告·城中一组·${R}`);
      expect(flat).toContain('参考率：87.5%（7/8人次）');
      expect(flat).toContain(`${names.staff03}城中一组${R}月度测验缺考`);
      expect(flat).toContain(`1${names.staff01}城中一组94.29`);
      expect(flat).toContain('总量使用偏少占比');
    });

    it('is scoped like the scorecard, and names its format', async () => {
      expect((await report('manager-cz', 'pdf', '城郊一组')).status).toBe(404);
      expect((await report('staff01', 'pdf')).status).toBe(403);
      expect((await report('manager', 'docx')).status).toBe(400);
    });
  });
});
