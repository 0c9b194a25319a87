import { readCsvSheet } from './csv-text';

describe('CSV as a sheet', () => {
  it('keys each record by the header row and numbers it by its line, whatever the encoding', () => {
    const text = '用户名,月份,分子\r\nstaff01,2026-10,12\r\n\r\nstaff02,"2026-10",\r\n';
    const expected = {
      headers: ['用户名', '月份', '分子'],
      rows: [
        { row: 2, values: { 用户名: 'staff01', 月份: '2026-10', 分子: '12' } },
        { row: 4, values: { 用户名: 'staff02', 月份: '2026-10' } },
      ],
      faults: [],
    };
    expect(readCsvSheet(Buffer.from(`\uFEFF${text}`, 'utf8'))).toEqual(expected);
    expect(readCsvSheet(Buffer.from(`\uFEFF${text}`, 'utf16le'))).toEqual(expected);
  });

  it('reads semicolon- and tab-separated files and reports an unclosed quote by its line and column', () => {
    expect(readCsvSheet(Buffer.from('a;b\n1;2\n')).rows).toEqual([{ row: 2, values: { a: '1', b: '2' } }]);
    expect(readCsvSheet(Buffer.from('a\tb\n1\t2\n')).rows).toEqual([{ row: 2, values: { a: '1', b: '2' } }]);
    const { faults } = readCsvSheet(Buffer.from('a,b\n1,"2\n'));
    expect(faults).toEqual([{ row: 2, field: 'b', message: expect.stringContaining('双引号') }]);
  });

  it('has no headers for an empty file', () => {
    expect(readCsvSheet(Buffer.alloc(0))).toEqual({ headers: [], rows: [], faults: [] });
  });
});
