import { childPath, isWithin, rebasePath } from './unit-path';

describe('unit paths', () => {
  it('builds paths from the root and tests subtree membership', () => {
    const dept = childPath(null, 'd');
    const team = childPath(childPath(dept, 'cz'), 't1');
    expect(team).toBe('/d/cz/t1/');
    expect(isWithin(team, '/d/cz/')).toBe(true);
    expect(isWithin('/d/cj/t2/', '/d/cz/')).toBe(false);
    expect(isWithin('/d/czx/', '/d/cz/')).toBe(false);
  });

  it('rebases a descendant when its ancestor moves', () => {
    expect(rebasePath('/d/cj/t2/', '/d/cj/', '/d/cz/cj/')).toBe('/d/cz/cj/t2/');
    expect(() => rebasePath('/x/', '/d/', '/e/')).toThrow();
  });
});
