import { chunksFor } from './bundle-size';

describe('exam route bundle', () => {
  it('counts the entry, its static imports and the route chunk with its imports, each once', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor.js'] },
      '_vendor.js': { file: 'assets/vendor.js' },
      '_charts.js': { file: 'assets/charts.js' },
      'src/modules/exams/views/AttemptView.vue': { file: 'assets/AttemptView.js', imports: ['_vendor.js', '_exam-shared.js'] },
      '_exam-shared.js': { file: 'assets/exam-shared.js' },
      'src/modules/reports/views/Chart.vue': { file: 'assets/Chart.js', imports: ['_charts.js'] },
    };
    expect(chunksFor(manifest, 'src/modules/exams/views/AttemptView.vue').sort()).toEqual([
      'assets/AttemptView.js',
      'assets/exam-shared.js',
      'assets/index.js',
      'assets/vendor.js',
    ]);
  });
});
