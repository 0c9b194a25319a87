import { brandListRows } from './brand-list-import';

const HEADERS = ['品牌', '类别'];
const row = (n: number, brand: string, kind: string) => ({ row: n, values: { 品牌: brand, 类别: kind } });

describe('a brand list from a workbook', () => {
  it('reads each row’s brand and kind, in the words a department writes', () => {
    expect(
      brandListRows(HEADERS, [row(2, ' 中华 (硬) ', '全国重点品牌'), row(3, '黄金叶(乐途)', '新品牌'), row(4, '利群', 'key')]),
    ).toEqual({
      brands: [
        { brand: '中华 (硬)', kind: 'key' },
        { brand: '黄金叶(乐途)', kind: 'new' },
        { brand: '利群', kind: 'key' },
      ],
      errors: [],
    });
  });

  it('refuses the whole file on any row error, saying where', () => {
    const result = brandListRows(HEADERS, [
      row(2, '利群', '全国重点品牌'),
      row(3, '利群', '新品牌'),
      row(4, '', '新品牌'),
      row(5, '泰山', '普通'),
    ]);
    expect(result.brands).toEqual([]);
    expect(result.errors).toEqual([
      { row: 3, field: '品牌', message: '「利群」与第 2 行重复' },
      { row: 4, field: '品牌', message: '品牌名称不能为空' },
      { row: 5, field: '类别', message: '类别须为“全国重点品牌”或“新品牌”，不能是“普通”' },
    ]);
  });

  it('names the missing columns and an empty sheet', () => {
    expect(brandListRows(['品牌'], [row(2, '利群', 'key')]).errors).toEqual([{ row: 1, field: '类别', message: '表头缺少列：类别' }]);
    expect(brandListRows(HEADERS, []).errors[0]?.message).toBe('表格中没有数据行');
  });
});
