/** 练习题: practice may serve it. 考试题: reserved for exams, never served by practice. */
export const MATERIAL_PURPOSES = ['practice', 'exam'] as const;
export type MaterialPurpose = (typeof MATERIAL_PURPOSES)[number];

/** Banks are practice material unless a trainer reserves them for exams, so practice never starts empty. */
export const DEFAULT_BANK_PURPOSE: MaterialPurpose = 'practice';

export interface MarkedCategory {
  path: string;
  purpose: MaterialPurpose | null;
}

/**
 * What a category's questions are: its own marking, else its nearest marked ancestor's, else the
 * bank's. The same rule as `materialPurposeSql`, which practice and the paper warnings run.
 */
export function effectivePurpose(categoryPath: string | null, categories: readonly MarkedCategory[], bankPurpose: MaterialPurpose): MaterialPurpose {
  if (categoryPath === null) return bankPurpose;
  const nearest = categories
    .filter((c) => c.purpose !== null && (c.path === categoryPath || categoryPath.startsWith(`${c.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return nearest?.purpose ?? bankPurpose;
}
