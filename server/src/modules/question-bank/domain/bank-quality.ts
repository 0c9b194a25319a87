import { allButOneKeyed } from './all-but-one-keyed';
import { hardShare, mixDeviations, MixDeviation, spreadOf, Spread } from './bank-mix';
import { ITEM_CHECK_CODES, ItemCheckCode, itemFindings } from './item-checks';
import { recitesWorkPlan } from './item-provenance';
import { keyIsUniqueLongest } from './longest-option-key';
import { QUESTION_TYPES, QuestionDraft } from './question-draft';

/** The limits a shipped bank must keep (issue 13); a trainer's own bank sees them as targets. */
export const BANK_LIMITS = {
  maxLongestKeyShare: 0.3,
  maxAllButOneShare: 0.3,
  maxNearDuplicatePairs: 0,
  minHardShare: 0.15,
  maxRecitesPlanShare: 0.15,
  maxMissingExplanation: 0,
  maxMissingSource: 0,
} as const;

export interface Ratio {
  count: number;
  of: number;
  share: number;
}

export interface BankFigures {
  questions: number;
  longestKey: Ratio;
  allButOneKeyed: Ratio;
  hard: Ratio;
  recitesPlan: Ratio;
  nearDuplicatePairs: number;
  /** How many questions each item check flags. */
  byCheck: Record<ItemCheckCode, number>;
  byDifficulty: Spread;
  byType: Spread;
  byDimension: Spread;
  deviations: MixDeviation[];
}

function ratio(count: number, of: number): Ratio {
  return { count, of, share: of ? Math.round((count / of) * 1000) / 1000 : 0 };
}

/** A bank's figures; near-duplicate pairs come from stem-similarity over every visible bank. */
export function bankFigures(drafts: QuestionDraft[], nearDuplicatePairs: number): BankFigures {
  const singles = drafts.filter((d) => d.type === 'single');
  const multiples = drafts.filter((d) => d.type === 'multiple');
  const byCheck = Object.fromEntries(ITEM_CHECK_CODES.map((code) => [code, 0])) as Record<ItemCheckCode, number>;
  for (const draft of drafts) for (const finding of itemFindings(draft)) byCheck[finding.code]++;
  byCheck.near_duplicate = nearDuplicatePairs;
  return {
    questions: drafts.length,
    longestKey: ratio(singles.filter(keyIsUniqueLongest).length, singles.length),
    allButOneKeyed: ratio(multiples.filter(allButOneKeyed).length, multiples.length),
    hard: ratio(Math.round(hardShare(drafts) * drafts.length), drafts.length),
    recitesPlan: ratio(drafts.filter(recitesWorkPlan).length, drafts.length),
    nearDuplicatePairs,
    byCheck,
    byDifficulty: spreadOf(drafts, (d) => (d.difficulty === undefined ? undefined : String(d.difficulty))),
    byType: spreadOf(drafts, (d) => d.type),
    byDimension: spreadOf(drafts, (d) => d.dimension),
    deviations: mixDeviations(drafts, QUESTION_TYPES),
  };
}

/** The limits the bank breaks, each as a sentence; empty when it keeps them all. */
export function limitBreaches(figures: BankFigures, limits = BANK_LIMITS): string[] {
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  const breaches: string[] = [];
  if (figures.longestKey.share > limits.maxLongestKeyShare) breaches.push(`答案为唯一最长选项的单选题占 ${pct(figures.longestKey.share)}，上限 ${pct(limits.maxLongestKeyShare)}`);
  if (figures.allButOneKeyed.share > limits.maxAllButOneShare) breaches.push(`除一项外全是答案的多选题占 ${pct(figures.allButOneKeyed.share)}，上限 ${pct(limits.maxAllButOneShare)}`);
  if (figures.nearDuplicatePairs > limits.maxNearDuplicatePairs) breaches.push(`有 ${figures.nearDuplicatePairs} 对题干相似度 ≥ 85%`);
  if (figures.hard.share < limits.minHardShare) breaches.push(`难度 4–5 的题目占 ${pct(figures.hard.share)}，下限 ${pct(limits.minHardShare)}`);
  if (figures.recitesPlan.share > limits.maxRecitesPlanShare) breaches.push(`背诵工作计划原文的题目占 ${pct(figures.recitesPlan.share)}，上限 ${pct(limits.maxRecitesPlanShare)}`);
  if (figures.byCheck.missing_explanation > limits.maxMissingExplanation) breaches.push(`${figures.byCheck.missing_explanation} 道题缺少解析`);
  if (figures.byCheck.missing_source > limits.maxMissingSource) breaches.push(`${figures.byCheck.missing_source} 道题缺少出处`);
  return breaches;
}
