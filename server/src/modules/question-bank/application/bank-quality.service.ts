import { Injectable } from '@nestjs/common';
import type { Principal } from '../../identity/domain/principal';
import { BankFigures, bankFigures, limitBreaches } from '../domain/bank-quality';
import { ItemFinding, itemFindings } from '../domain/item-checks';
import { nearDuplicatePairs } from '../domain/stem-similarity';
import { ImportWarning, importWarnings } from '../domain/import-warnings';
import { draftFromInput, QuestionInput } from '../domain/question-input';
import { QuestionRepository } from '../persistence/question.repository';
import { BankAccessService } from './bank-access.service';
import { draftOf } from './questions.service';

interface StemRef {
  questionId: string;
  bankId: string;
  bankName: string;
  key: string;
  stem: string;
}

export interface BankQuality {
  figures: BankFigures;
  breaches: string[];
  questions: Array<{ id: string; key: string; type: string; stem: string; findings: ItemFinding[]; qualityFlag: string | null }>;
  similarPairs: Array<{ question: StemRef; similar: StemRef; similarity: number }>;
}

/** The item-writing checks of one bank, with item analysis's flags, for its quality page. */
@Injectable()
export class BankQualityService {
  constructor(
    private readonly access: BankAccessService,
    private readonly questions: QuestionRepository,
  ) {}

  /** Readable by whoever may see the bank; near-duplicates are looked for in every bank the caller can see. */
  async quality(principal: Principal, bankId: string): Promise<BankQuality> {
    await this.access.requireView(principal, bankId);
    const rows = (await this.questions.allCurrent(bankId)).filter((row) => row.status === 'active');
    const visible = await this.access.visibleBanks(principal);
    const bankName = new Map(visible.map((b) => [b.id, b.name]));
    const stems = (await this.questions.activeStems(visible.map((b) => b.id))).map((s): StemRef => ({ questionId: s.id, bankId: s.bankId, bankName: bankName.get(s.bankId) ?? '', key: s.key, stem: s.stem }));
    const byId = new Map(stems.map((s) => [s.questionId, s]));
    const pairs = nearDuplicatePairs(
      stems.map((s) => ({ ref: s.questionId, stem: s.stem })),
      undefined,
      (ref) => byId.get(ref)?.bankId === bankId,
    ).map((pair) => {
      const [mine, other] = byId.get(pair.a)!.bankId === bankId ? [pair.a, pair.b] : [pair.b, pair.a];
      return { question: byId.get(mine)!, similar: byId.get(other)!, similarity: pair.similarity };
    });
    const drafts = rows.map(draftOf);
    const figures = bankFigures(drafts, pairs.length);
    const questions = rows
      .map((row, i) => ({ id: row.id, key: row.key, type: row.type, stem: row.content.stem, findings: itemFindings(drafts[i]), qualityFlag: row.qualityFlag }))
      .filter((q) => q.findings.length || q.qualityFlag);
    return { figures, breaches: limitBreaches(figures), questions, similarPairs: pairs };
  }

  /**
   * The editor's live check: the same rules a save enforces (problems) and the item-writing checks
   * the import report and the quality page show (warnings), near-duplicates of the bank's other
   * active stems included. Nothing is written.
   */
  async checkDraft(principal: Principal, bankId: string, input: QuestionInput, ownKey?: string): Promise<{ problems: Array<{ field: string; message: string }>; warnings: ImportWarning[] }> {
    await this.access.requireEdit(principal, bankId);
    const built = draftFromInput(input);
    if ('problems' in built) return { problems: built.problems, warnings: [] };
    const others = (await this.questions.activeStems([bankId])).filter((q) => q.key !== ownKey);
    return { problems: [], warnings: importWarnings([{ draft: built.draft }], others) };
  }
}
