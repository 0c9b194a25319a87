import { nearDuplicatePairs, stemSimilarity } from './stem-similarity';

describe('similarity of Chinese stems by character bigrams', () => {
  it('is 1 for stems that differ only in punctuation, spacing and markup', () => {
    expect(stemSimilarity('零售许可证的有效期为几年？', '<p>零售许可证的有效期为几年 ?</p>')).toBe(1);
  });

  it('is high for a reworded copy and low for a different question', () => {
    expect(stemSimilarity('烟草专卖零售许可证的有效期为几年？', '烟草专卖零售许可证的有效期是几年？')).toBeGreaterThanOrEqual(0.85);
    expect(stemSimilarity('烟草专卖零售许可证的有效期为几年？', '客户经理走访零售户时应检查哪些事项？')).toBeLessThan(0.2);
  });

  it('tells two calculations apart by their figures when the figures are much of the stem', () => {
    expect(stemSimilarity('预测120条，实际100条，准确率？', '预测250条，实际80条，准确率？')).toBeLessThan(0.85);
  });
});

describe('near-duplicate pairs', () => {
  const stems = [
    { ref: 'law/1', stem: '烟草专卖零售许可证的有效期为几年？' },
    { ref: 'law/2', stem: '客户经理走访零售户时应检查哪些事项？' },
    { ref: 'v3/1', stem: '烟草专卖零售许可证的有效期是几年？' },
    { ref: 'v3/2', stem: '客户经理走访零售户时应当检查哪些事项？' },
  ];

  it('finds each similar pair once, most similar first', () => {
    const pairs = nearDuplicatePairs(stems);
    expect(pairs.map((p) => [p.a, p.b])).toEqual(expect.arrayContaining([['law/1', 'v3/1'], ['law/2', 'v3/2']]));
    expect(pairs).toHaveLength(2);
    expect(pairs[0].similarity).toBeGreaterThanOrEqual(pairs[1].similarity);
  });

  it('keeps only pairs touching the stems asked about', () => {
    expect(nearDuplicatePairs(stems, 0.85, (ref) => ref === 'law/1').map((p) => [p.a, p.b])).toEqual([['law/1', 'v3/1']]);
  });

  it('compares a thousand stems through the index without comparing every pair', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ ref: String(i), stem: `第${i}号题：零售户${i % 7}月份订购卷烟${i * 13}条，客户经理应当如何处理第${i}号情形？` }));
    many.push({ ref: 'copy', stem: many[500].stem });
    expect(nearDuplicatePairs(many, 0.99)).toEqual([{ a: '500', b: 'copy', similarity: 1 }]);
  });
});
