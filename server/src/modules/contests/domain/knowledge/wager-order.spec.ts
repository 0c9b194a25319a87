import { INITIAL_STATE, type KnowledgeState } from './knowledge-state';
import { ROUND_PRESETS } from './round-presets';
import { nextPicker, notPicked, pickOrder } from './wager-order';

const state: KnowledgeState = { ...INITIAL_STATE, indexOf: { A: 0, B: 1, C: 2, D: 3 }, scores: [40, 10, 40, -10] };

describe('风险题 order', () => {
  it('puts the lowest score first, equal scores in the round’s order (golden)', () => {
    expect(pickOrder(state, ['A', 'B', 'C', 'D'], ROUND_PRESETS.wager103050)).toEqual(['D', 'B', 'A', 'C']);
  });

  it('or the highest first', () => {
    expect(pickOrder(state, ['C', 'A', 'B', 'D'], { ...ROUND_PRESETS.wager103050, pickOrder: 'high-first' })).toEqual(['C', 'A', 'B', 'D']);
  });

  it('says whose turn it is and who has not picked, in order', () => {
    const phase = { order: ['D', 'B', 'A'], picks: { D: 30 }, usedIds: [], deadline: null };
    expect(nextPicker(phase)).toBe('B');
    expect(notPicked(phase)).toEqual(['B', 'A']);
    expect(nextPicker({ ...phase, picks: { D: 30, B: 10, A: 50 } })).toBeNull();
  });
});
