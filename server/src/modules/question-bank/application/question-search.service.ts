import { Injectable } from '@nestjs/common';
import type { Principal } from '../../identity/domain/principal';
import { searchTerms } from '../domain/search-terms';
import { QuestionRepository } from '../persistence/question.repository';
import { BankAccessService } from './bank-access.service';
import { draftOf, QuestionView } from './questions.service';

export interface QuestionSearchPage {
  items: Array<QuestionView & { bankName: string }>;
  total: number;
  /** The words every hit contains, for highlighting. */
  terms: string[];
}

/** Search across every bank the caller may see (their unit's subtree, and banks shared with it); never another unit's. */
@Injectable()
export class QuestionSearchService {
  constructor(
    private readonly access: BankAccessService,
    private readonly questions: QuestionRepository,
  ) {}

  async search(principal: Principal, query: string, page: number, pageSize: number): Promise<QuestionSearchPage> {
    const terms = searchTerms(query);
    if (terms.length === 0) return { items: [], total: 0, terms };
    const bankIds = (await this.access.visibleBanks(principal)).map((bank) => bank.id);
    if (bankIds.length === 0) return { items: [], total: 0, terms };
    const result = await this.questions.search(bankIds, terms, page, pageSize);
    return { items: result.items.map((row) => ({ ...row, content: draftOf(row) })), total: result.total, terms };
  }
}
