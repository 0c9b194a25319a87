import { buzzResolution, buzzWindowClosesAt } from './buzzer-flow';
import type { Competitor, KnowledgeEvent } from './knowledge-events';
import { reduce, replay } from './knowledge-reducer';
import { isClockStable } from './press-time';
import { ROUND_PRESETS } from './round-presets';
import { seededRandom, shuffled, uniform } from './seeded-random';

/**
 * Phones on a simulated network against the real fold: each measures its clock as the client does
 * (client/src/modules/contests/live/clock-sync.ts: NTP-style samples, the lowest round trips kept,
 * offset their median), then presses; the server collects and ranks the presses as it would live.
 */
export interface NetworkModel {
  /** One-way delay of each phone, drawn once per phone, ms. */
  latencyMs: [number, number];
  /** Up and down paths differ by up to this, ms (each way). */
  asymmetryMs: number;
  /** Mean of the exponential jitter added to every message, ms. */
  jitterMeanMs: number;
  /** Share of messages held up by a spike of 20–120 ms. */
  spikeShare: number;
  /** Phone clocks are off by up to this, either way, ms. */
  clockOffsetMs: number;
  /** Clock samples a phone takes before the question (fewer than 4 makes its clock unstable). */
  samples: number;
}

export const TYPICAL_NETWORK: NetworkModel = {
  latencyMs: [20, 200],
  asymmetryMs: 4,
  jitterMeanMs: 4,
  spikeShare: 0.03,
  clockOffsetMs: 5_000,
  samples: 10,
};

export interface TrialResult {
  /** Player ids in the order they truly pressed. */
  pressed: string[];
  /** Player ids as the server ranked them. */
  ranked: string[];
  /** Who got the answer when the window closed. */
  winner: string | undefined;
  /** The final ranking (late presses included) is the true order. */
  exact: boolean;
  /** Buzzes in their true place. */
  inPlace: number;
  /** The same presses ranked by arrival alone, for comparison. */
  arrivalOrder: string[];
}

const KEEP = 5;

export function simulateBuzz(seed: number, players: number, gapMs: number, network: NetworkModel = TYPICAL_NETWORK): TrialResult {
  const random = seededRandom(seed);
  const jitter = () => -network.jitterMeanMs * Math.log(1 - random()) + (random() < network.spikeShare ? uniform(random, 20, 120) : 0);
  const phones = Array.from({ length: players }, (_, i) => {
    const base = uniform(random, ...network.latencyMs);
    const skew = uniform(random, -network.asymmetryMs, network.asymmetryMs);
    return { id: `p${i}`, up: base + skew, down: base - skew, offset: uniform(random, -network.clockOffsetMs, network.clockOffsetMs) };
  });
  const T0 = 1_800_000_000_000;
  // clock sync, a sample every 200 ms during the 10 s before the question
  const clocks = phones.map((phone) => {
    const samples = Array.from({ length: network.samples }, (_, k) => {
      const sent = T0 + k * 200;
      const serverAt = sent + phone.up + jitter();
      const received = serverAt + phone.down + jitter();
      const [l0, l1] = [sent + phone.offset, received + phone.offset];
      return { rtt: l1 - l0, offset: serverAt - (l0 + l1) / 2 };
    });
    const kept = [...samples].sort((a, b) => a.rtt - b.rtt).slice(0, KEEP);
    const offsets = kept.map((s) => s.offset).sort((a, b) => a - b);
    const offset = offsets.length === 0 ? 0 : offsets[Math.floor(offsets.length / 2)];
    const report = {
      samples: kept.length,
      spreadMs: offsets.length ? offsets[offsets.length - 1] - offsets[0] : Infinity,
      rttMs: kept[0]?.rtt ?? 0,
    };
    return { offset, rttMs: report.rttMs, stable: isClockStable(report) };
  });

  const competitors: Competitor[] = phones.map((p) => ({ id: p.id, name: p.id, members: [p.id] }));
  const opensAt = T0 + 12_250;
  const log: KnowledgeEvent[] = [
    { id: 'start', at: T0 + 10_000, type: 'contest-started', competitors },
    { id: 'round', at: T0 + 10_010, type: 'round-started', roundId: 'r', settings: ROUND_PRESETS.buzzerLoseRightOnFoul },
    { id: 'show', at: T0 + 11_000, type: 'question-shown', questionId: 'q' },
    { id: 'arm', at: T0 + 12_000, type: 'buzzer-armed', questionId: 'q', opensAt },
  ];
  let state = replay(log);

  const order = shuffled(random, [...phones.keys()]);
  const presses = order.map((i, k) => {
    const pressedAt = opensAt + 40 + k * gapMs;
    const stampedAt = pressedAt + phones[i].offset + clocks[i].offset;
    return { i, arrivedAt: pressedAt + phones[i].up + jitter(), stampedAt };
  });
  const slowestOneWayMs = Math.max(...clocks.map((c) => c.rttMs)) / 2;
  const arrivals = [...presses].sort((a, b) => a.arrivedAt - b.arrivedAt);
  let winner: string | undefined;
  const resolve = (at: number) => {
    const ranking = buzzResolution(state);
    winner = ranking[0]?.playerId;
    state = reduce(state, { id: 'resolved', at, type: 'buzz-resolved', questionId: 'q', ranking });
  };
  for (const p of arrivals) {
    const closesAt = buzzWindowClosesAt(state, slowestOneWayMs);
    if (closesAt !== null && p.arrivedAt > closesAt) resolve(closesAt);
    const { id } = phones[p.i];
    const { rttMs, stable } = clocks[p.i];
    state = reduce(state, {
      id: `press-${id}`,
      at: p.arrivedAt,
      type: 'buzz-pressed',
      questionId: 'q',
      playerId: id,
      stampedAt: p.stampedAt,
      rttMs,
      clockStable: stable,
    });
  }
  if (winner === undefined) resolve(buzzWindowClosesAt(state, slowestOneWayMs) ?? opensAt);
  const ranked = state.question?.ranking.map((r) => r.playerId) ?? [];
  const pressed = order.map((i) => phones[i].id);
  const inPlace = ranked.filter((id, k) => pressed[k] === id).length;
  return { pressed, ranked, winner, exact: inPlace === pressed.length, inPlace, arrivalOrder: arrivals.map((p) => phones[p.i].id) };
}
