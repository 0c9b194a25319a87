import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { QuestionBody } from '../../question-bank/domain/question-draft';
import { VersionContentCache } from '../persistence/version-content-cache';

const MAX_CACHED_ATTEMPTS = 5000;

/**
 * The question behind each slot of an attempt, for checking an answer's shape on autosave without
 * reading the question every time. Slots pin immutable versions; the one change a slot can see is
 * a key correction re-pointing it to a version that differs only in its key, which leaves every
 * answer shape as it was — so a cached entry is safe with any number of API instances.
 */
@Injectable()
export class SlotDefinitions {
  private readonly cache = new Map<string, Map<number, QuestionBody>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: VersionContentCache,
  ) {}

  async bodyOf(attemptId: string, slot: number): Promise<QuestionBody | undefined> {
    let slots = this.cache.get(attemptId);
    if (!slots) {
      const pins = await this.dataSource.query<Array<{ slot: number; questionId: string; version: number }>>(
        'SELECT slot, question_id AS "questionId", question_version AS version FROM attempt_slot WHERE attempt_id = $1',
        [attemptId],
      );
      if (pins.length === 0) return undefined;
      const contents = await this.versions.contents(pins);
      slots = new Map(pins.map((p) => [p.slot, contents.get(`${p.questionId}@${p.version}`)!]));
      if (this.cache.size >= MAX_CACHED_ATTEMPTS) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(attemptId, slots);
    }
    return slots.get(slot);
  }
}
