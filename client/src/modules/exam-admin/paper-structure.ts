import type { PaperDto } from '@/api/schema'
import type { PaperStructure } from '@/api/types'

/** A paper's structure (the contract's PaperStructure): sections of pinned slots, or blueprint rules. */
export type { PaperStructure } from '@/api/types'

export function structureOf(paper: PaperDto): PaperStructure {
  return paper.structure
}
