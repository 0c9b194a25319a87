import { ROUND_PRESETS } from './round-presets';
import { roundSettingsProblems } from './round-settings';

describe('round settings', () => {
  it('accepts every preset from the rule sheets as it is', () => {
    for (const [name, settings] of Object.entries(ROUND_PRESETS)) expect([name, roundSettingsProblems(settings)]).toEqual([name, []]);
  });

  it('refuses a speed share of 1 or more, so a slow correct answer can never fall to a wrong one', () => {
    expect(roundSettingsProblems({ ...ROUND_PRESETS.speed, speedShare: 1 })).toEqual(['speed-share']);
    expect(roundSettingsProblems({ ...ROUND_PRESETS.speed, wrong: 5 })).toEqual(['points']);
  });

  it('refuses a foul that adds points, a 风险 value that is not a positive whole number, and a window longer than the wait', () => {
    expect(roundSettingsProblems({ ...ROUND_PRESETS.buzzerVoidOnFoul, foul: { kind: 'void-question', points: 10 } })).toEqual([
      'foul-points',
    ]);
    expect(roundSettingsProblems({ ...ROUND_PRESETS.wager103050, values: [10, -30] })).toEqual(['wager-values']);
    const timing = { ...ROUND_PRESETS.buzzerVoidOnFoul.timing, windowMs: 500, maxWaitMs: 400 };
    expect(roundSettingsProblems({ ...ROUND_PRESETS.buzzerVoidOnFoul, timing })).toEqual(['timing']);
    expect(roundSettingsProblems({ ...ROUND_PRESETS.required, answerMs: 0 })).toEqual(['answer-time']);
  });
});
