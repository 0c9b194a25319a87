import type { CompetencyDimension, QuestionType } from '../../question-bank/domain/question-draft';

export interface FixedSlot {
  questionId: string;
  /** The version pinned when the question was added; the paper keeps it even if the question is edited later. */
  version: number;
  points: number;
}

export interface PaperSection {
  title: string;
  slots: FixedSlot[];
}

/** "N questions of type T from bank/category/dimension C at difficulty D, P points each". */
export interface BlueprintRule {
  count: number;
  points: number;
  bankId: string;
  type?: QuestionType;
  categoryPath?: string;
  dimension?: CompetencyDimension;
  difficulty?: number;
}

export type PaperStructure = { kind: 'fixed'; sections: PaperSection[] } | { kind: 'blueprint'; rules: BlueprintRule[] };

export function maxScoreOf(structure: PaperStructure): number {
  return structure.kind === 'fixed'
    ? structure.sections.reduce((sum, s) => sum + s.slots.reduce((n, slot) => n + slot.points, 0), 0)
    : structure.rules.reduce((sum, r) => sum + r.count * r.points, 0);
}

export function questionCountOf(structure: PaperStructure): number {
  return structure.kind === 'fixed'
    ? structure.sections.reduce((n, s) => n + s.slots.length, 0)
    : structure.rules.reduce((n, r) => n + r.count, 0);
}
