import { Injectable } from '@nestjs/common';
import type { QuestionContent } from '../../question-bank/domain/question-draft';
import { ChoiceOrder, presentedContent } from '../domain/choice-presentation';
import { AttemptRepository } from '../persistence/attempt.repository';
import { VersionContentCache } from '../persistence/version-content-cache';

const MAX_CACHED_ATTEMPTS = 5000;

/** One slot's question, stored and as its candidate sees it, with how the two map onto each other. */
export interface SlotDefinition {
  content: QuestionContent;
  choiceOrder: ChoiceOrder | null;
  shown: QuestionContent;
}

/**
 * The question behind each slot of an attempt, for checking an answer's shape on autosave without
 * reading the question every time. Slots pin immutable versions and their presentation is fixed at
 * the start; the one change a slot can see is a key correction re-pointing it to a version that
 * differs only in its key, which leaves every answer shape and choice id as it was — so a cached
 * entry is safe with any number of API instances.
 */
@Injectable()
export class SlotDefinitions {
  private readonly cache = new Map<string, Map<number, SlotDefinition>>();

  constructor(
    private readonly attempts: AttemptRepository,
    private readonly versions: VersionContentCache,
  ) {}

  async of(attemptId: string, slot: number): Promise<SlotDefinition | undefined> {
    let slots = this.cache.get(attemptId);
    if (!slots) {
      const pins = await this.attempts.pins(attemptId);
      if (pins.length === 0) return undefined;
      const contents = await this.versions.contents(pins);
      slots = new Map(
        pins.map((p) => {
          const content = contents.get(`${p.questionId}@${p.version}`)!;
          return [p.slot, { content, choiceOrder: p.choiceOrder, shown: presentedContent(content, p.choiceOrder) }];
        }),
      );
      if (this.cache.size >= MAX_CACHED_ATTEMPTS) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(attemptId, slots);
    }
    return slots.get(slot);
  }
}
