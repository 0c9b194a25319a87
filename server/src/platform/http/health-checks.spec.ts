import { HealthChecks } from './health-checks';

describe('health checks', () => {
  it('reports nothing while every check is fine', async () => {
    const checks = new HealthChecks();
    checks.register('scoring', () => Promise.resolve(null));
    expect(await checks.problems()).toEqual([]);
  });

  it('reports each problem a check finds, and a check that throws as a problem of its own without its error', async () => {
    const checks = new HealthChecks();
    checks.register('scoring', () => Promise.resolve({ check: 'scoring', count: 2, message: '2 份答卷评分失败' }));
    checks.register('broken', () => Promise.reject(new Error('relation does not exist')));
    expect(await checks.problems()).toEqual([
      { check: 'scoring', count: 2, message: '2 份答卷评分失败' },
      { check: 'broken', count: 0, message: '检查失败（错误见日志）' },
    ]);
  });
});
