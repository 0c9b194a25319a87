import { brandListProblems, brandName } from './brand-list';

describe('the department’s brand list', () => {
  it('reads names as the forecast import does', () => {
    expect(brandName('  利群 (新版) ')).toBe('利群 (新版)');
  });

  it('names every problem: an empty name, a brand listed twice however spaced', () => {
    expect(
      brandListProblems([
        { brand: '中华(硬)', kind: 'key' },
        { brand: ' ', kind: 'key' },
        { brand: '中华(硬) ', kind: 'new' },
      ]),
    ).toEqual(['第 2 个品牌：名称不能为空', '「中华(硬)」出现了两次']);
    expect(brandListProblems([{ brand: '黄金叶(乐途)', kind: 'new' }])).toEqual([]);
  });
});
