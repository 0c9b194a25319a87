import ExcelJS from 'exceljs';
import { createTestApp, TestApp } from './support/test-app';
import { zipFile } from '../src/bench/hostile-files';

const HEADERS = ['单位', '姓名', '用户名', '角色', '初始密码'];

async function sheet(rows: string[][], headers = HEADERS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('用户');
  ws.addRow(headers);
  rows.forEach((row) => ws.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe(`bulk user import (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let admin: { Authorization: string };
  const userCount = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM app_user'))[0].n);
  const upload = (file: Buffer, query = '', name = 'users.xlsx') =>
    t.http.post(`/api/users/imports${query}`).set(admin).attach('file', file, name);

  beforeAll(async () => {
    t = await createTestApp();
    admin = { Authorization: `Bearer ${await t.tokenFor('admin')}` };
  });
  afterAll(() => t.close());

  it('serves a template whose headers are the import columns', async () => {
    const res = await t.http
      .get('/api/users/import-template')
      .set(admin)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    expect(workbook.worksheets[0].getRow(1).values).toEqual([undefined, ...HEADERS]);
  });

  it('reports every bad row with its row number and column, writes nothing, and answers 422', async () => {
    const before = await userCount();
    const file = await sheet([
      ['营销部/城中客户服务部/城中一组', '新员工甲', 'new.a', '客户经理', 'strong-pass-2026'],
      ['不存在的单位', '新员工乙', 'new.b', '客户经理', 'strong-pass-2026'],
      ['城中二组', '', 'staff01', '司机', '123'],
      ['城中二组', '新员工丙', 'new.a', 'staff', 'strong-pass-2026'],
    ]);
    const res = await upload(file).expect(422);
    expect(res.body.details.created).toBe(0);
    expect(res.body.details.errors).toEqual(
      expect.arrayContaining([
        {
          row: 3,
          field: '单位',
          code: 'identity.row.unitNotFound',
          params: { unit: '不存在的单位' },
          message: '找不到单位「不存在的单位」',
        },
        { row: 4, field: '姓名', code: 'identity.row.nameEmpty', message: '姓名不能为空' },
        { row: 4, field: '用户名', code: 'identity.row.usernameTaken', params: { username: 'staff01' }, message: '用户名 staff01 已存在' },
        expect.objectContaining({ row: 4, field: '角色', message: expect.stringContaining('司机') }),
        expect.objectContaining({ row: 4, field: '初始密码' }),
        {
          row: 5,
          field: '用户名',
          code: 'identity.row.usernameRepeated',
          params: { username: 'new.a', first: 2 },
          message: '用户名 new.a 与第 2 行重复',
        },
      ]),
    );
    expect(await userCount()).toBe(before);
  });

  it('previews a clean sheet on a dry run without writing, then imports it all at once', async () => {
    const before = await userCount();
    const file = await sheet([
      ['营销部/城郊客户服务部/城郊一组', '新员工丁', 'new.d', '客户经理', 'strong-pass-2026'],
      ['城郊二组', '新员工戊', 'NEW.E', 'staff、trainer', 'another-pass-2026'],
    ]);
    expect((await upload(file, '?dryRun=true').expect(201)).body).toEqual({ created: 2, errors: [] });
    expect(await userCount()).toBe(before);
    expect((await upload(file).expect(201)).body).toEqual({ created: 2, errors: [] });
    expect(await userCount()).toBe(before + 2);
    const login = await t.http.post('/api/auth/login').send({ username: 'new.e', password: 'another-pass-2026' }).expect(200);
    expect(login.body.user.roles).toEqual(['staff', 'trainer']);
    // the administrator chose the password in the sheet: the person must choose their own first
    expect(login.body.user.mustChangePassword).toBe(true);
  });

  it('names the missing columns when the sheet is not the template', async () => {
    const res = await upload(await sheet([['a', 'b']], ['姓名', '账号'])).expect(422);
    expect(res.body.message).toMatch(/单位/);
    expect(res.body.message).toMatch(/用户名/);
  });

  it('rejects a file that is not a spreadsheet, and a zip bomb, without reading them', async () => {
    const notZip = await upload(Buffer.from('this is a plain text file'), '', 'users.xlsx').expect(422);
    expect(notZip.body.message).toMatch(/不是有效的 XLSX/);
    const bomb = zipFile([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(120 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload(bomb).expect(422);
    expect(res.body.message).toMatch(/压缩炸弹/);
  });

  it('answers 413 for an upload over 5 MB', async () => {
    await upload(Buffer.alloc(6 * 1024 * 1024, 1)).expect(413);
  });

  it('lets only admins import', async () => {
    await t.http
      .post('/api/users/imports')
      .set({ Authorization: `Bearer ${await t.tokenFor('manager')}` })
      .attach('file', await sheet([]), 'u.xlsx')
      .expect(403);
  });
});
