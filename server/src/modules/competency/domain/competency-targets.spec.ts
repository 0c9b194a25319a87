import { maySetTargets, targetLevels } from './competency-targets';

describe('competency targets', () => {
  it('lists every dimension, the department’s own target or the default', () => {
    const levels = targetLevels(new Map([['法律法规', 0.9]]));
    expect(levels).toHaveLength(8);
    expect(levels.find((t) => t.dimension === '法律法规')).toEqual({ dimension: '法律法规', target: 0.9, isDefault: false });
    expect(levels.find((t) => t.dimension === '日常业务')).toEqual({ dimension: '日常业务', target: 0.75, isDefault: true });
  });

  it('are set by an admin or a manager of a top unit only', () => {
    expect(maySetTargets(['admin'], '/dept/cz/')).toBe(true);
    expect(maySetTargets(['manager'], '/dept/')).toBe(true);
    expect(maySetTargets(['manager'], '/dept/cz/')).toBe(false);
    expect(maySetTargets(['trainer'], '/dept/')).toBe(false);
  });
});
