import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { APP_CONFIG } from '../../../platform/config/config.module';
import type { AppConfig } from '../../../platform/config/app-config';
import type { QuestionContent } from '../../question-bank/domain/question-draft';
import { ChoiceOrder, ChoiceList, choosePresentation, presentedContent } from '../domain/choice-presentation';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * Practice keeps nothing between showing a question and taking its answer, so the ids it shows are
 * derived — a keyed hash of the person, the question and the stored id — and the answer is mapped
 * back by deriving them again. Without the server's key they are as opaque as an exam's random ids;
 * the order is drawn afresh on every showing, like an exam's.
 */
@Injectable()
export class PracticePresentation {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.jwtSecret).update('kaoping practice choice ids').digest();
  }

  of(userId: string, questionId: string, content: QuestionContent): { order: ChoiceOrder | null; shown: QuestionContent } {
    const order = choosePresentation(content, { shownIds: (list, storedIds) => this.ids(userId, questionId, list, storedIds) });
    return { order, shown: presentedContent(content, order) };
  }

  private ids(userId: string, questionId: string, list: ChoiceList, storedIds: string[]): string[] {
    const ids = storedIds.map((stored) => {
      const digest = createHmac('sha256', this.key).update(`${userId}\n${questionId}\n${list}\n${stored}`).digest();
      return [...digest.subarray(0, 8)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
    });
    // two equal ids in one list would be one chance in 10^11; even then every id must stay distinct
    return new Set(ids).size === ids.length ? ids : ids.map((id, i) => `${id}${i}`);
  }
}
