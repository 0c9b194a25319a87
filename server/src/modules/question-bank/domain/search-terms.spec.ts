import { containsPattern, searchTerms } from './search-terms';

describe('search terms', () => {
  it('splits at spaces, the ideographic one included, so 「货源 投放」 means both words', () => {
    expect(searchTerms('货源 投放')).toEqual(['货源', '投放']);
    expect(searchTerms('  许可证\u3000延续 ')).toEqual(['许可证', '延续']);
  });

  it('keeps Chinese without spaces as one word, which matches as a substring', () => {
    expect(searchTerms('货源投放')).toEqual(['货源投放']);
  });

  it('folds full-width letters and case, and drops repeats and words inside another', () => {
    expect(searchTerms('ＶＳ3 v3 V3系统')).toEqual(['vs3', 'v3系统']);
  });

  it('is empty for blank input, and takes at most eight words', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10')).toHaveLength(8);
  });

  it('takes % and _ literally', () => {
    expect(containsPattern('50%_a')).toBe('%50\\%\\_a%');
  });
});
