import { simulateBuzz, TYPICAL_NETWORK } from './buzzer-simulation';

/** Many seeded trials: phones 20–200 ms away with jitter and spikes, clocks seconds off, presses 30 ms apart. */
function trials(count: number, players: number, gapMs: number, network = TYPICAL_NETWORK) {
  const results = Array.from({ length: count }, (_, seed) => simulateBuzz(seed + 1, players, gapMs, network));
  const buzzes = results.reduce((n, r) => n + r.pressed.length, 0);
  const inPlace = results.reduce((n, r) => n + r.inPlace, 0);
  return {
    exactShare: results.filter((r) => r.exact).length / count,
    buzzOrderCorrect: inPlace / buzzes,
    winnerRight: results.filter((r) => r.winner === r.pressed[0]).length / count,
    arrivalExactShare: results.filter((r) => r.arrivalOrder.every((id, k) => r.pressed[k] === id)).length / count,
    results,
  };
}

describe('fair buzzer, simulated', () => {
  it('ranks a fixed seed’s twelve presses 30 ms apart exactly as pressed', () => {
    const trial = simulateBuzz(20261207, 12, 30);
    expect(trial.ranked).toEqual(trial.pressed);
    expect(trial.winner).toBe(trial.pressed[0]);
    expect(trial.arrivalOrder).not.toEqual(trial.pressed);
  });

  it('ranks at least 99 % of buzzes as pressed over 400 seeded trials of eight phones, where arrival order mostly fails', () => {
    const run = trials(400, 8, 30);
    expect(run.buzzOrderCorrect).toBeGreaterThanOrEqual(0.99);
    expect(run.exactShare).toBeGreaterThanOrEqual(0.97);
    expect(run.winnerRight).toBeGreaterThanOrEqual(0.99);
    expect(run.arrivalExactShare).toBeLessThan(0.2);
  });

  it('gives the answer to the first to press, not the first to arrive, in 99 % of 200 trials of twenty phones', () => {
    const run = trials(200, 20, 30);
    expect(run.winnerRight).toBeGreaterThanOrEqual(0.99);
    // arrival order would have given it to the wrong phone in about 45 % of them
    expect(run.results.filter((r) => r.arrivalOrder[0] !== r.pressed[0]).length).toBeGreaterThan(60);
  });

  it('ranks every trial exactly when no message is held up by a spike (what misses is a press delayed past the window)', () => {
    const run = trials(150, 20, 30, { ...TYPICAL_NETWORK, spikeShare: 0 });
    expect(run.exactShare).toBe(1);
    expect(run.winnerRight).toBe(1);
  });

  it('still ranks phones with unstable clocks by arrival − RTT/2 on symmetric, quiet paths', () => {
    const quiet = { ...TYPICAL_NETWORK, samples: 2, asymmetryMs: 0, jitterMeanMs: 1, spikeShare: 0 };
    expect(trials(100, 8, 30, quiet).buzzOrderCorrect).toBeGreaterThanOrEqual(0.99);
  });
});
