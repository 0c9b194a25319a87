import { nextExpiry, remainingMs } from './countdown';
import { at, EventScript, TEAMS } from './event-script';
import { ROUND_PRESETS } from './round-presets';

function question() {
  const s = new EventScript();
  s.add(0, { type: 'contest-started', competitors: TEAMS });
  s.add(10, { type: 'round-started', roundId: 'r1', settings: ROUND_PRESETS.required });
  s.add(1_000, { type: 'question-shown', questionId: 'q1', forCompetitorId: 'A' });
  return s;
}

describe('countdown', () => {
  it('counts down from the deadline in server time', () => {
    const state = question().state();
    expect(remainingMs(state, at(6_000))).toBe(15_000);
    expect(remainingMs(state, at(30_000))).toBe(0);
    expect(nextExpiry(state)).toEqual({ kind: 'answer', at: at(21_000) });
  });

  it('stands still while paused and runs on after, the pause not counted', () => {
    const s = question();
    s.add(6_000, { type: 'paused' });
    expect(remainingMs(s.state(), at(50_000))).toBe(15_000);
    expect(nextExpiry(s.state())).toBeNull();
    s.add(21_000, { type: 'timer-expired', questionId: 'q1', timer: 'answer' });
    expect(s.state().question?.phase).toBe('answering');
    s.add(56_000, { type: 'resumed' });
    expect(remainingMs(s.state(), at(56_000))).toBe(15_000);
    s.add(70_999, { type: 'timer-expired', questionId: 'q1', timer: 'answer' });
    expect(s.state().question?.phase).toBe('answering');
    s.add(71_000, { type: 'timer-expired', questionId: 'q1', timer: 'answer' });
    expect(s.state().question?.phase).toBe('closed');
  });

  it('moves an announced buzzer opening that the pause caught', () => {
    const s = new EventScript();
    s.add(0, { type: 'contest-started', competitors: TEAMS });
    s.add(10, { type: 'round-started', roundId: 'r1', settings: ROUND_PRESETS.buzzerVoidOnFoul });
    s.add(1_000, { type: 'question-shown', questionId: 'q1' });
    s.add(2_000, { type: 'buzzer-armed', questionId: 'q1', opensAt: at(2_250) });
    s.add(2_100, { type: 'paused' });
    s.add(5_100, { type: 'resumed' });
    expect(s.state().question).toMatchObject({ opensAt: at(5_250), deadline: { kind: 'no-buzz', at: at(20_250) } });
  });

  it('has nothing to count between questions', () => {
    const s = question();
    s.add(2_000, { type: 'answer-judged', questionId: 'q1', competitorId: 'A', verdict: 'right' });
    expect(remainingMs(s.state(), at(3_000))).toBeNull();
  });
});
