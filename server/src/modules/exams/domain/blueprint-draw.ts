import type { BlueprintRule } from './paper-structure';
import { shuffled } from '../../question-bank/domain/choice-ids';

export interface DrawnQuestion {
  questionId: string;
  version: number;
  points: number;
}

export class BlueprintShortfall extends Error {
  constructor(
    readonly ruleIndex: number,
    readonly needed: number,
    readonly available: number,
  ) {
    super(`第 ${ruleIndex + 1} 条抽题规则需要 ${needed} 道题，只有 ${available} 道可用`);
  }
}

/**
 * Draws each rule's questions at random, preferring questions this person has not been shown
 * before, never the same question twice in one attempt.
 */
export function drawBlueprint(
  rules: BlueprintRule[],
  candidatesPerRule: Array<Array<{ id: string; version: number }>>,
  seen: ReadonlySet<string>,
  random: () => number = Math.random,
): DrawnQuestion[] {
  const taken = new Set<string>();
  const drawn: DrawnQuestion[] = [];
  rules.forEach((rule, i) => {
    const pool = (candidatesPerRule[i] ?? []).filter((q) => !taken.has(q.id));
    if (pool.length < rule.count) throw new BlueprintShortfall(i, rule.count, pool.length);
    const fresh = shuffled(
      pool.filter((q) => !seen.has(q.id)),
      random,
    );
    const stale = shuffled(
      pool.filter((q) => seen.has(q.id)),
      random,
    );
    for (const q of [...fresh, ...stale].slice(0, rule.count)) {
      taken.add(q.id);
      drawn.push({ questionId: q.id, version: q.version, points: rule.points });
    }
  });
  return drawn;
}
