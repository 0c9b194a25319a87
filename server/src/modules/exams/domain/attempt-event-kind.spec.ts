import { ATTEMPT_EVENT_KINDS, countsAsSwitch } from './attempt-event-kind';

describe('page events of an attempt', () => {
  it('counts leaving for another page as a switch, and a reload or a lost network as none', () => {
    expect(ATTEMPT_EVENT_KINDS.filter(countsAsSwitch)).toEqual(['hidden']);
    expect(countsAsSwitch('unload')).toBe(false);
  });
});
