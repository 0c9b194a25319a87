import { parseFigure } from './import-figure';

describe('a figure read from a sheet', () => {
  it('reads plain decimals, thousands separators and the two-decimal value behind formula noise', () => {
    expect(parseFigure(' 120 ')).toEqual({ value: 120 });
    expect(parseFigure('1,234.5')).toEqual({ value: 1234.5 });
    expect(parseFigure('0.30000000000000004')).toEqual({ value: 0.3 });
    expect(parseFigure('0')).toEqual({ value: 0 });
  });

  it('says what is wrong with anything else', () => {
    expect(parseFigure('')).toMatchObject({ problem: { message: '不能为空' } });
    expect(parseFigure('十二')).toMatchObject({ problem: { message: '「十二」不是数字' } });
    expect(parseFigure('0x10')).toMatchObject({ problem: { message: '「0x10」不是数字' } });
    expect(parseFigure('1e3')).toMatchObject({ problem: { message: '「1e3」不是数字' } });
    expect(parseFigure('12,34')).toMatchObject({ problem: { message: '「12,34」不是数字' } });
    expect(parseFigure('-3')).toMatchObject({ problem: { message: '不能为负数' } });
    expect(parseFigure('1.234')).toMatchObject({ problem: { message: '最多保留 2 位小数' } });
    expect(parseFigure('1000000000000')).toMatchObject({ problem: { message: '数值过大' } });
  });
});
