import { icc2, iccBand, meanSquares, panelConsistency, type ScoreCell } from './consistency';

/** Shrout & Fleiss (1979), Table 2: six targets rated by four judges. */
const SHROUT_FLEISS = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

const cellsOf = (table: number[][]): ScoreCell[] =>
  table.flatMap((row, i) => row.map((total, j) => ({ speakerId: `s${i + 1}`, judgeId: `j${j + 1}`, total })));

describe('judge consistency', () => {
  it('finds the mean squares of the Shrout & Fleiss example, worked by hand', () => {
    // grand mean 127/24; row means 6, 3, 6.5, 4, 7.5, 4.75; column means 23/3, 2.5, 13/3, 20/3
    // SSR = 4·Σ(row − grand)² = 56.2083, SSC = 6·Σ(col − grand)² = 97.4583, SST = Σx² − 127²/24 = 841 − 672.0417 = 168.9583
    const { msr, msc, mse } = meanSquares(SHROUT_FLEISS);
    expect(msr).toBeCloseTo(56.2083 / 5, 3); // 11.24 in the paper
    expect(msc).toBeCloseTo(97.4583 / 3, 3); // 32.49
    expect(mse).toBeCloseTo((168.9583 - 56.2083 - 97.4583) / 15, 3); // 1.02
  });

  it('gives ICC(2,1) = 184/635 and ICC(2,4) = 736/1187, the paper’s .29 and .62', () => {
    // MSR − MSE = 92/9; ICC(2,1) = (92/9) / (MSR + 3·MSE + 4·(MSC − MSE)/6) = (92/9) / (635/18)
    // ICC(2,k) = (92/9) / (MSR + (MSC − MSE)/6) = (92/9) / (1187/72)
    const icc = icc2(SHROUT_FLEISS)!;
    expect(icc.single).toBeCloseTo(184 / 635, 10);
    expect(icc.average).toBeCloseTo(736 / 1187, 10);
    const panel = panelConsistency(['j1', 'j2', 'j3', 'j4'], cellsOf(SHROUT_FLEISS));
    expect(panel.icc).toMatchObject({ singleBand: 'poor', averageBand: 'moderate', speakers: 6, judges: 4 });
  });

  it('shows judge 2 as the harsh one and judge 1 as the lenient one, by their mean offset from the panel', () => {
    const panel = panelConsistency(['j1', 'j2', 'j3', 'j4'], cellsOf(SHROUT_FLEISS));
    // offset = column mean − grand mean, because every judge scored every speaker: 23/3 − 127/24 = 2.375
    expect(panel.judges.map((j) => Number(j.meanOffset.toFixed(4)))).toEqual([2.375, -2.7917, -0.9583, 1.375]);
    // judge 1's totals 9, 6, 8, 7, 10, 6: mean 23/3, Σ(x − mean)² = 13.3333, sample variance 2.6667
    expect(panel.judges[0].spread).toBeCloseTo(Math.sqrt(13.3333 / 5), 3);
    expect(panel.judges[0].scored).toBe(6);
  });

  it('bands agreement as Koo & Li do', () => {
    expect([0.49, 0.5, 0.74, 0.75, 0.9, 0.91].map(iccBand)).toEqual(['poor', 'moderate', 'moderate', 'good', 'good', 'excellent']);
  });

  it('flags a total far from the rest of its speaker’s panel, and only that one', () => {
    // four speakers, three judges agreeing to within a point, and judge c giving speaker 4 a 60 against 90 and 91
    const table = [
      [80, 81, 80],
      [70, 71, 70],
      [85, 85, 86],
      [90, 91, 60],
    ];
    const panel = panelConsistency(
      ['a', 'b', 'c'],
      cellsOf(table).map((c) => ({ ...c, judgeId: { j1: 'a', j2: 'b', j3: 'c' }[c.judgeId]! })),
    );
    expect(panel.outliers.map((o) => [o.speakerId, o.judgeId])).toEqual([['s4', 'c']]);
    // the row mean is 80.333: c's residual −20.333
    expect(panel.outliers[0].residual).toBeCloseTo(-20.3333, 3);
  });

  it('says nothing about agreement with one speaker, and leaves out speakers not every judge scored', () => {
    expect(
      panelConsistency(
        ['a', 'b'],
        [
          { speakerId: 's', judgeId: 'a', total: 80 },
          { speakerId: 's', judgeId: 'b', total: 82 },
        ],
      ).icc,
    ).toBeNull();
    const cells = [...cellsOf(SHROUT_FLEISS), { speakerId: 's7', judgeId: 'j1', total: 3 }];
    expect(panelConsistency(['j1', 'j2', 'j3', 'j4'], cells).icc!.single).toBeCloseTo(184 / 635, 10);
  });
});
