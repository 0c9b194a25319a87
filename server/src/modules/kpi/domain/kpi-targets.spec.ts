import { definitionsWithTargets, maySetTargets, settingsOf, targetProblem, targetsOf } from './kpi-targets';

describe('KPI targets', () => {
  it('uses the department’s own target where one was set (null meaning none), else the plan’s', () => {
    const definitions = definitionsWithTargets(
      new Map([
        ['guidance_coverage_ytd', { target: 0.65, unit: null }],
        ['effective_guidance', { target: null, unit: null }],
      ]),
    );
    expect(definitions.map((d) => d.code)[0]).toBe('guidance_coverage');
    expect(definitions[1]).toMatchObject({
      code: 'guidance_coverage_ytd',
      target: 0.65,
      defaultTarget: 0.6,
      yearOnYear: false,
      paced: true,
    });
    expect(definitions[2]).toMatchObject({ target: null, defaultTarget: 0.8 });
    expect(definitions.find((d) => d.code === 'price_per_carton')).toMatchObject({
      yearOnYear: true,
      riseTarget: true,
      target: 0,
      targetUnit: 'yuan',
    });
    expect(definitions.find((d) => d.code === 'sales_volume')).toMatchObject({
      yearOnYear: true,
      riseTarget: false,
      target: null,
      targetUnit: null,
      kind: 'count',
    });
    expect(targetsOf(definitions)).toMatchObject({ guidance_coverage_ytd: 0.65, effective_guidance: null, awareness: null });
  });

  it('lets an admin or the manager of a top unit set targets, not a service department’s manager', () => {
    expect(maySetTargets(['admin'], null)).toBe(true);
    expect(maySetTargets(['manager'], '/dept/')).toBe(true);
    expect(maySetTargets(['manager'], '/dept/cz/')).toBe(false);
    expect(maySetTargets(['trainer'], '/dept/')).toBe(false);
  });

  it('keeps a share’s target within 100 % and gives a year-on-year KPI none', () => {
    expect(targetProblem('guidance_coverage_ytd', 1)).toBeNull();
    expect(targetProblem('guidance_coverage_ytd', 1.5)).toBe('经营指导面（本年累计）是占比，目标须在 0 到 1 之间（例如 0.6 表示 60%）');
    expect(targetProblem('guidance_coverage', 0.6)).toBe('经营指导面（本月）仅供参考，工作计划不设目标');
    expect(targetProblem('sales_volume', 200)).toBe('销量与上年同月比较，不设固定目标');
    expect(targetProblem('quota_underused', 0.1)).toBe('总量使用偏少占比仅供参考，工作计划不设目标');
    expect(targetProblem('quota_underused', null)).toBeNull();
    expect(targetProblem('price_per_carton', null)).toBeNull();
  });

  it('takes price per carton’s target as the rise on last year, in 元/条 or as a fraction for %', () => {
    expect(targetProblem('price_per_carton', 5, 'yuan')).toBeNull();
    expect(targetProblem('price_per_carton', 0.03, 'percent')).toBeNull();
    expect(targetProblem('price_per_carton', 3, 'percent')).toContain('须在 0 到 1 之间');
    expect(targetProblem('guidance_coverage', 0.6, 'percent')).toContain('没有单位');
    const definitions = definitionsWithTargets(new Map([['price_per_carton', { target: 0.03, unit: 'percent' }]]));
    expect(settingsOf(definitions)).toMatchObject({ riseUnit: 'percent', targets: { price_per_carton: 0.03 } });
  });
});
