/** One line of a speech contest's score sheet: a key the judges' scores name, its label and its maximum. */
export interface RubricItem {
  key: string;
  label: string;
  max: number;
}

/** The usual Chinese speech-contest sheet: 内容 30, 语言表达 30, 形象风度 20, 脱稿 10, 综合印象 10. */
export const DEFAULT_RUBRIC: readonly RubricItem[] = [
  { key: 'content', label: '内容', max: 30 },
  { key: 'delivery', label: '语言表达', max: 30 },
  { key: 'presence', label: '形象风度', max: 20 },
  { key: 'memorised', label: '脱稿', max: 10 },
  { key: 'impression', label: '综合印象', max: 10 },
];

export const RUBRIC_MAX_ITEMS = 12;
const KEY = /^[a-z][a-zA-Z0-9]{0,31}$/;

/** Why a sheet cannot be used, or null. */
export function rubricProblem(items: readonly RubricItem[]): string | null {
  if (items.length === 0 || items.length > RUBRIC_MAX_ITEMS) return `评分表应有 1 到 ${RUBRIC_MAX_ITEMS} 项`;
  const keys = new Set<string>();
  for (const item of items) {
    if (!KEY.test(item.key)) return `编号 ${item.key} 只能由字母和数字组成，以小写字母开头`;
    if (keys.has(item.key)) return `编号 ${item.key} 重复`;
    keys.add(item.key);
    if (!item.label.trim()) return `${item.key} 缺少名称`;
    if (!(item.max > 0 && item.max <= 1000)) return `${item.label} 的满分应在 0 到 1000 之间`;
  }
  return null;
}

export type ScoreProblem =
  | { problem: 'unknownItem'; item: string }
  | { problem: 'outOfRange'; item: string; max: number }
  | { problem: 'missingItem'; item: string };

/**
 * A judge's sheet for one speaker must give every item a number from 0 to its maximum (to two
 * decimals); the first problem found, in the sheet's order, names the item.
 */
export function scoreProblem(rubric: readonly RubricItem[], items: Readonly<Record<string, number>>): ScoreProblem | null {
  for (const key of Object.keys(items)) if (!rubric.some((r) => r.key === key)) return { problem: 'unknownItem', item: key };
  for (const r of rubric) {
    const value = items[r.key];
    if (value === undefined) return { problem: 'missingItem', item: r.key };
    if (!Number.isFinite(value) || value < 0 || value > r.max || Math.round(value * 100) !== value * 100)
      return { problem: 'outOfRange', item: r.key, max: r.max };
  }
  return null;
}

/** The sheet's total, exact to the cent. */
export function sheetTotal(rubric: readonly RubricItem[], items: Readonly<Record<string, number>>): number {
  return Math.round(rubric.reduce((sum, r) => sum + (items[r.key] ?? 0) * 100, 0)) / 100;
}

export function rubricMax(rubric: readonly RubricItem[]): number {
  return rubric.reduce((sum, r) => sum + r.max, 0);
}
