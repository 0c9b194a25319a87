import type { BlueprintRuleDto, PaperDto } from '@/api/schema'

/** A paper's structure as the server stores it (server/src/modules/exams/domain/paper-structure.ts). */
export type PaperStructure =
  | { kind: 'fixed'; sections: Array<{ title: string; slots: Array<{ questionId: string; version: number; points: number }> }> }
  | { kind: 'blueprint'; rules: BlueprintRuleDto[] }

export function structureOf(paper: PaperDto): PaperStructure {
  return paper.structure as unknown as PaperStructure
}
