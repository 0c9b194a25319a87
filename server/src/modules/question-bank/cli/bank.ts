import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../../../platform/config/app-config';
import { runCli, withCliDatabase } from '../../../platform/database/cli/with-cli-database';
import { draftOf } from '../application/questions.service';
import { loadRepositoryBanks, readRepositoryBanks, REPOSITORY_BANKS_DIR } from '../application/repository-banks';
import { qualityMarkdown, shippedBankQuality } from '../application/shipped-bank-quality';
import { writeBankYaml } from '../formats/yaml-bank';
import { QuestionRepository } from '../persistence/question.repository';
import { queryRows } from '../../../platform/database/query';

const USAGE = `usage: npm run bank -- <command>
  validate [folder]             check every bank file and its item-writing limits (default: question-bank/banks)
  report [folder]               write the banks' figures to docs/question-banks.md
  import [folder] --unit <name> load the folder's banks into the database (DATABASE_URL, or the embedded one)
  export [out-folder]           write every bank of the database as YAML (default: question-bank/banks)`;

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  switch (command) {
    case 'validate':
      return validate(positional[0] ? resolve(positional[0]) : REPOSITORY_BANKS_DIR);
    case 'report': {
      const file = join(REPO_ROOT, 'docs', 'question-banks.md');
      writeFileSync(file, qualityMarkdown(shippedBankQuality(readRepositoryBanks(positional[0] ? resolve(positional[0]) : REPOSITORY_BANKS_DIR))));
      console.log(`Wrote ${file}`);
      return;
    }
    case 'import':
      return withCliDatabase(async (dataSource) => {
        const unitName = args[args.indexOf('--unit') + 1] ?? '营销部';
        const [unit] = await queryRows<{ id: string }>(dataSource, 'SELECT id FROM org_unit WHERE name = $1 ORDER BY length(path) LIMIT 1', [unitName]);
        if (!unit) throw new Error(`No unit named ${unitName}`);
        const files = readRepositoryBanks(positional[0] ? resolve(positional[0]) : REPOSITORY_BANKS_DIR);
        const loaded = await dataSource.transaction((manager) => loadRepositoryBanks(manager, unit.id, files));
        console.log(`Loaded ${loaded.banks} banks with ${loaded.questions} questions (banks whose key already exists were left alone).`);
      });
    case 'export':
      return withCliDatabase(async (dataSource) => {
        const out = positional[0] ? resolve(positional[0]) : REPOSITORY_BANKS_DIR;
        const banks = await queryRows<{ id: string; key: string | null; name: string; description: string }>(dataSource, 'SELECT id, key, name, description FROM question_bank ORDER BY name');
        const questions = new QuestionRepository(dataSource);
        for (const bank of banks) {
          const key = bank.key ?? `bank-${bank.id.slice(0, 8)}`;
          const drafts = (await questions.allCurrent(bank.id)).map(draftOf);
          mkdirSync(join(out, key), { recursive: true });
          writeFileSync(join(out, key, 'bank.yaml'), writeBankYaml({ key, name: bank.name, ...(bank.description && { description: bank.description }) }, drafts));
          console.log(`${key}: ${drafts.length} questions`);
        }
      });
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

function validate(dir: string): void {
  let bad = 0;
  let total = 0;
  const files = readRepositoryBanks(dir);
  for (const file of files) {
    total += file.questions.length;
    for (const issue of file.issues) {
      bad++;
      console.error(`${file.file}:${issue.line ?? 1}: ${issue.field}: ${issue.message}`);
    }
    console.log(`${file.issues.length ? '✗' : '✓'} ${file.file} (${file.questions.length} questions)`);
  }
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  for (const { key, figures: f, breaches, enforced } of shippedBankQuality(files)) {
    console.log(
      `${key}: longest key ${pct(f.longestKey.share)} · all but one ${pct(f.allButOneKeyed.share)} · difficulty 4–5 ${pct(f.hard.share)} · recites plan ${pct(f.recitesPlan.share)} · near-duplicate pairs ${f.nearDuplicatePairs} · missing source ${f.byCheck.missing_source}`,
    );
    for (const breach of breaches) {
      console[enforced ? 'error' : 'log'](`  ${enforced ? '✗' : '·'} ${breach}${enforced ? '' : ' (not enforced yet)'}`);
      if (enforced) bad++;
    }
  }
  console.log(bad ? `${bad} problems.` : `All banks valid: ${total} questions.`);
  if (bad) process.exitCode = 1;
}

runCli(main);
