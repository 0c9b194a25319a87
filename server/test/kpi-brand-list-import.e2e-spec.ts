import ExcelJS from 'exceljs';
import { createTestApp, TestApp } from './support/test-app';

async function workbook(rows: string[][], headers = ['品牌', '类别']): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('品牌名单');
  sheet.addRow(headers);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe(`importing the key-brand list from a workbook (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const year = 2027;
  const upload = async (username: string, file: Buffer, dryRun = false) =>
    t.http
      .post(`/api/kpi/brand-lists/import?year=${year}${dryRun ? '&dryRun=true' : ''}`)
      .set(await as(username))
      .attach('file', file, 'brands.xlsx');
  const list = async () => (await t.http.get(`/api/kpi/brand-lists?year=${year}`).set(await as('staff01'))).body.brands;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('previews on a dry run, then replaces the year’s list as a whole, audited', async () => {
    const file = await workbook([
      ['中华(硬)', '全国重点品牌'],
      ['黄金叶(乐途)', '新品牌'],
    ]);
    const preview = await upload('manager', file, true);
    expect(preview.status).toBe(201);
    expect(preview.body).toMatchObject({
      year,
      written: false,
      brands: [
        { brand: '中华(硬)', kind: 'key' },
        { brand: '黄金叶(乐途)', kind: 'new' },
      ],
    });
    expect(await list()).toEqual([]);
    const res = await upload('manager', file);
    expect(res.status).toBe(201);
    expect(res.body.written).toBe(true);
    expect(await list()).toEqual([
      { brand: '中华(硬)', kind: 'key' },
      { brand: '黄金叶(乐途)', kind: 'new' },
    ]);
    const audits = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'kpi.brands.replace' AND target_id = $1`,
      [String(year)],
    );
    expect(audits[0].n).toBe(1);
  });

  it('refuses the whole file when a row is wrong, naming each row, and keeps the list as it was', async () => {
    const res = await upload(
      'manager',
      await workbook([
        ['利群(新版)', '全国重点品牌'],
        ['利群(新版)', '新品牌'],
        ['泰山(红将军)', '普通'],
      ]),
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('kpi.brandList.invalidRows');
    expect(res.body.details.errors).toEqual([
      { row: 3, field: '品牌', message: '「利群(新版)」与第 2 行重复' },
      { row: 4, field: '类别', message: '类别须为“全国重点品牌”或“新品牌”，不能是“普通”' },
    ]);
    expect((await upload('manager', await workbook([['利群']], ['品牌']))).body.details.errors[0].message).toBe('表头缺少列：类别');
    expect(await list()).toHaveLength(2);
  });

  it('is the department head’s or an admin’s: a market manager and staff are refused', async () => {
    const file = await workbook([['利群', '全国重点品牌']]);
    expect((await upload('manager-cz', file)).status).toBe(403);
    expect((await upload('staff01', file)).status).toBe(403);
    expect((await upload('admin', file, true)).status).toBe(201);
    const template = await t.http
      .get('/api/kpi/brand-lists/template')
      .set(await as('manager'))
      .buffer(true);
    expect(template.status).toBe(200);
  });
});
