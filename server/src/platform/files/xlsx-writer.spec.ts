import ExcelJS from 'exceljs';
import { writeWorkbook } from './xlsx-writer';

async function read(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book.worksheets[0];
}

describe('writeWorkbook', () => {
  it('keeps numbers as numbers shown with at most two decimals, shares in a percent format, times on Beijing’s clock', async () => {
    const submitted = new Date('2026-11-30T17:05:09Z'); // 01:05 on 1 December in Beijing
    const sheet = await read(
      await writeWorkbook([
        {
          name: '成绩',
          columns: [
            '姓名',
            { header: '得分', kind: 'number' },
            { header: '得分率', kind: 'percent' },
            { header: '交卷时间', kind: 'datetime' },
          ],
          rows: [
            ['张三', 13.167, 0.82294, submitted],
            ['=HYPERLINK("x")', 16, 0.5, null],
            ['李四', null, { kind: 'number', value: 2.5 }, { kind: 'date', value: submitted }],
          ],
        },
      ]),
    );
    expect(sheet.name).toBe('成绩');
    expect(sheet.getRow(1).font.bold).toBe(true);
    const [first, second, third] = [2, 3, 4].map((r) => sheet.getRow(r));
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(2).value).toBe(13.167);
    expect(first.getCell(2).numFmt).toBe('0.##');
    expect(second.getCell(2).numFmt).toBe('0'); // no bare point after a whole number
    expect(first.getCell(3).value).toBe(0.82294);
    expect(first.getCell(3).numFmt).toBe('0.##%');
    expect(second.getCell(3).numFmt).toBe('0%');
    expect(third.getCell(3).numFmt).toBe('0.##'); // a cell may say its own kind
    expect(first.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect((first.getCell(4).value as Date).toISOString()).toBe('2026-12-01T01:05:09.000Z');
    expect(first.getCell(4).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(third.getCell(4).numFmt).toBe('yyyy-mm-dd');
    expect(second.getCell(1).value).toBe('\'=HYPERLINK("x")'); // no formula from a text
    expect(second.getCell(4).value).toBeNull();
    expect(third.getCell(2).value).toBeNull();
  });
});
