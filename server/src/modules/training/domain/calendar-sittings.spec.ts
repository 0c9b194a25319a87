import { sittingConcernsUnit, type CalendarSitting } from './calendar-sittings';

const sitting = (ownerUnitId: string, assigneeUnits: string[]): CalendarSitting => ({
  id: 's',
  title: '月考',
  opensAt: new Date(),
  closesAt: new Date(),
  ownerUnitId,
  makeupOf: null,
  assignees: assigneeUnits.map((unitId) => ({ unitId })),
});

describe('which exam sittings a unit’s calendar shows', () => {
  const cz1 = '/dept/cz/cz1/';
  it('shows a sitting set by the department for its staff on every team’s calendar', () => {
    expect(sittingConcernsUnit(sitting('dept', ['dept']), cz1)).toBe(true);
  });
  it('shows one assigned to the team itself', () => {
    expect(sittingConcernsUnit(sitting('other', ['cz1']), cz1)).toBe(true);
  });
  it('leaves out another branch’s sitting', () => {
    expect(sittingConcernsUnit(sitting('cj', ['cj1']), cz1)).toBe(false);
  });
});
