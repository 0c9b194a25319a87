import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { QuestionBody } from '../../question-bank/domain/question-draft';

const MAX_CACHED_ATTEMPTS = 5000;

/**
 * The question each slot of an attempt shows never changes (slots pin a version and versions are
 * immutable), so autosave can check an answer's shape from memory instead of reading the question
 * on every keystroke. Safe with several API instances: nothing here can go stale.
 */
@Injectable()
export class SlotDefinitions {
  private readonly cache = new Map<string, Map<number, QuestionBody>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async bodyOf(attemptId: string, slot: number): Promise<QuestionBody | undefined> {
    let slots = this.cache.get(attemptId);
    if (!slots) {
      const rows = await this.dataSource.query<Array<{ slot: number; content: QuestionBody }>>(
        `SELECT s.slot, v.content FROM attempt_slot s JOIN question_version v ON v.question_id = s.question_id AND v.version = s.question_version WHERE s.attempt_id = $1`,
        [attemptId],
      );
      if (rows.length === 0) return undefined;
      slots = new Map(rows.map((r) => [r.slot, r.content]));
      if (this.cache.size >= MAX_CACHED_ATTEMPTS) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(attemptId, slots);
    }
    return slots.get(slot);
  }
}
