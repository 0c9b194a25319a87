import { itemText } from './item-text';

/** Pairs of stems at or above this Dice similarity of character bigrams are near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.85;

export interface StemRef {
  /** Anything that tells the caller which question it is (bank key and question key, an id). */
  ref: string;
  stem: string;
}

export interface SimilarPair {
  a: string;
  b: string;
  /** Dice coefficient of the two stems' bigram sets, 0–1, rounded to 2 places. */
  similarity: number;
}

/** The set of adjacent character pairs of a stem's plain text (a one-character stem is its own bigram). */
export function bigrams(stem: string): Set<string> {
  const chars = [...itemText(stem)];
  if (chars.length === 1) return new Set(chars);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return grams;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|): Chinese has no spaces, so words are not a unit to count. */
export function stemSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/**
 * Every pair of stems at or above the threshold. An inverted index from bigram to stems counts the
 * shared bigrams of only those pairs that share any, and a pair whose sizes alone rule the
 * threshold out is never counted; `against` limits pairs to ones with a member of that set (the
 * stems of one bank compared with every bank the trainer can see).
 */
export function nearDuplicatePairs(stems: StemRef[], threshold = NEAR_DUPLICATE_THRESHOLD, against?: (ref: string) => boolean): SimilarPair[] {
  const grams = stems.map((s) => bigrams(s.stem));
  const index = new Map<string, number[]>();
  const pairs: SimilarPair[] = [];
  grams.forEach((set, i) => {
    const shared = new Map<number, number>();
    for (const g of set) {
      const holders = index.get(g);
      if (holders) for (const j of holders) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      const sizes = set.size + grams[j].size;
      if ((2 * count) / sizes < threshold) continue;
      if (against && !against(stems[i].ref) && !against(stems[j].ref)) continue;
      pairs.push({ a: stems[j].ref, b: stems[i].ref, similarity: Math.round(((2 * count) / sizes) * 100) / 100 });
    }
    for (const g of set) {
      const holders = index.get(g);
      if (holders) holders.push(i);
      else index.set(g, [i]);
    }
  });
  return pairs.sort((p, q) => q.similarity - p.similarity);
}
