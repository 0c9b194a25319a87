import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { REPO_ROOT } from '../../../platform/config/app-config';
import type { ImportIssue, QuestionDraft } from '../domain/question-draft';
import { BankHeader, parseBankYaml } from '../formats/yaml-bank';
import { QuestionBankRepository } from '../persistence/question-bank.repository';
import { QuestionCategoryRepository } from '../persistence/question-category.repository';
import { QuestionRepository } from '../persistence/question.repository';

export const REPOSITORY_BANKS_DIR = join(REPO_ROOT, 'question-bank', 'banks');

export interface RepositoryBankFile {
  file: string;
  bank: BankHeader | null;
  questions: QuestionDraft[];
  issues: ImportIssue[];
}

/** Every bank file under question-bank/banks/ (or the given folder), parsed and checked. */
export function readRepositoryBanks(dir = REPOSITORY_BANKS_DIR): RepositoryBankFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dir, entry.name, 'bank.yaml'))
    .map((file) => {
      const { bank, result } = parseBankYaml(readFileSync(file, 'utf8'));
      return { file, bank, questions: result.questions.map((q) => q.draft), issues: result.issues };
    });
}

/**
 * Loads repository banks into the database, owned by (and shared across) the given unit. A bank
 * whose key already exists is left alone. Returns how many questions were loaded.
 */
export async function loadRepositoryBanks(manager: EntityManager, ownerUnitId: string, files = readRepositoryBanks()): Promise<{ banks: number; questions: number }> {
  const banks = new QuestionBankRepository(manager.connection);
  const questions = new QuestionRepository(manager.connection);
  const categories = new QuestionCategoryRepository(manager.connection);
  let loadedBanks = 0;
  let loadedQuestions = 0;
  for (const file of files) {
    if (file.issues.length || !file.bank) throw new Error(`${file.file}: ${file.issues.map((i) => `line ${i.line}: ${i.message}`).join('; ')}`);
    if (await banks.existsWithKey(file.bank.key, manager)) continue;
    const bankId = await banks.insert({ key: file.bank.key, name: file.bank.name, description: file.bank.description ?? '', ownerUnitId, createdBy: null }, manager);
    await banks.replaceShares(bankId, [ownerUnitId], manager);
    const cache = new Map<string, string>();
    for (const draft of file.questions) {
      const categoryId = draft.category ? await categories.ensurePath(bankId, draft.category, manager, cache) : null;
      await questions.insert(bankId, draft.key!, categoryId, draft, null, manager);
    }
    loadedBanks++;
    loadedQuestions += file.questions.length;
  }
  return { banks: loadedBanks, questions: loadedQuestions };
}
