import type { PaperStructure } from './paper-structure';

/**
 * Something a trainer should know about a paper, not a reason to refuse it. `practice_material`: the
 * paper draws 练习题, which candidates may have practised with the key shown before the exam (while
 * the sitting is open practice holds them back).
 */
export interface PaperWarning {
  kind: 'practice_material';
  message: string;
  /** Blueprint papers: the rule that draws practice material. */
  ruleIndex?: number;
  /** Fixed papers: its questions that are practice material, in paper order. */
  questionIds?: string[];
  /** How many of the questions concerned are practice material … */
  practiceCount: number;
  /** … out of how many (the questions of a fixed paper, or those a rule can draw). */
  outOf: number;
}

export interface RuleMaterial {
  drawable: number;
  practice: number;
}

export function practiceMaterialWarnings(
  structure: PaperStructure,
  practiceIds: ReadonlySet<string>,
  rules: readonly RuleMaterial[],
): PaperWarning[] {
  if (structure.kind === 'fixed') {
    const ids = structure.sections.flatMap((s) => s.slots.map((slot) => slot.questionId));
    const practice = ids.filter((id) => practiceIds.has(id));
    if (practice.length === 0) return [];
    return [
      {
        kind: 'practice_material',
        message: `试卷中有 ${practice.length} 道题属于练习题，考生可能已在练习中见过它们和答案；建议改用考试题`,
        questionIds: practice,
        practiceCount: practice.length,
        outOf: ids.length,
      },
    ];
  }
  return rules.flatMap((counts, ruleIndex) =>
    counts.practice === 0
      ? []
      : [
          {
            kind: 'practice_material' as const,
            message: `第 ${ruleIndex + 1} 条规则可抽到的 ${counts.drawable} 道题中有 ${counts.practice} 道属于练习题，考生可能已在练习中见过它们和答案；建议改用考试题`,
            ruleIndex,
            practiceCount: counts.practice,
            outOf: counts.drawable,
          },
        ],
  );
}
