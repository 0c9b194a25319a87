import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { Linter } from 'eslint';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { boundaryRules } = require('../eslint-boundaries.cjs') as { boundaryRules: Linter.Config[] };

const root = join(__dirname, '..');
const linter = new Linter({ cwd: root });
const config: Linter.Config[] = [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...boundaryRules];

/** The messages lint gives a file at `path` (under server/) holding these imports. */
function refusals(path: string, ...imports: string[]): string[] {
  const code = imports.map((from, i) => `import * as m${i} from '${from}';\nexport { m${i} };\n`).join('');
  return linter.verify(code, config, { filename: join(root, path) }).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries (docs/architecture.md, enforced by lint)', () => {
  it('refuses an import of a module the table does not allow', () => {
    expect(refusals('src/modules/competency/domain/x.ts', '../../question-bank/domain/question-draft')).toEqual([
      expect.stringContaining('competency may use identity, platform only'),
    ]);
    expect(refusals('src/modules/identity/application/x.ts', '../../exams/application/sittings.service')).toHaveLength(1);
    expect(refusals('src/modules/kpi/kpi.module.ts', '../competency/competency.module')).toHaveLength(1);
  });

  it("refuses another module's repositories and controllers, and allows its use cases, domain, DTOs, entities and SQL fragments", () => {
    const from = 'src/modules/exams/application/x.ts';
    expect(refusals(from, '../../question-bank/persistence/question.repository')).toEqual([
      expect.stringContaining("other module's application services"),
    ]);
    expect(refusals(from, '../../question-bank/http/questions.controller')).toHaveLength(1);
    expect(
      refusals(
        from,
        '../../question-bank/application/question-corrections.service',
        '../../question-bank/domain/question-draft',
        '../../question-bank/http/dto/question.dto',
        '../../question-bank/persistence/question.entity',
        '../../question-bank/persistence/material-purpose-sql',
        '../../identity/http/access.decorators',
        '../../live/live-topics',
        '../../../platform/audit/audit-log',
      ),
    ).toEqual([]);
  });

  it('keeps domain/ free of frameworks, use cases, repositories and SQL', () => {
    const from = 'src/modules/exams/domain/grading/x.ts';
    for (const framework of ['@nestjs/common', 'typeorm', 'class-validator', 'class-transformer'])
      expect(refusals(from, framework)).toEqual([expect.stringContaining('domain/ is plain TypeScript')]);
    expect(refusals(from, '../../persistence/attempt.repository')).toHaveLength(1);
    expect(refusals(from, '../../../../platform/database/query')).toHaveLength(1);
    expect(refusals(from, './grader', '../../../question-bank/domain/choice-ids', '../../../../platform/calendar/month')).toEqual([]);
  });

  it('keeps SQL in persistence/', () => {
    expect(refusals('src/modules/kpi/application/x.ts', '../../../platform/database/query')).toHaveLength(1);
    expect(refusals('src/modules/kpi/persistence/x.repository.ts', '../../../platform/database/query')).toEqual([]);
    const call = linter.verify('export const run = (manager: { query(sql: string): void }) => manager.query("SELECT 1");\n', config, {
      filename: join(root, 'src/modules/kpi/application/x.ts'),
    });
    expect(call.map((m) => m.ruleId)).toEqual(['no-restricted-syntax']);
  });

  it('lets platform/ use no module but the access decorators', () => {
    expect(refusals('src/platform/http/x.ts', '../../modules/identity/application/users.service')).toHaveLength(1);
    expect(refusals('src/platform/http/x.ts', '../../modules/identity/http/access.decorators', '../live/live-bus')).toEqual([]);
  });
});
