import { DataSource } from 'typeorm';
import { PasswordHasher } from '../modules/identity/application/password-hasher';
import { childPath } from '../modules/identity/domain/unit-path';
import { dataSourceOptions } from '../platform/database/data-source-options';
import { loadRepositoryBanks } from '../modules/question-bank/application/repository-banks';
import { DEMO_PASSWORD, DEMO_UNITS, DEMO_USERS } from './demo-organisation';
import { seedDemoExam } from './demo-exam';
import { seedDemoCompetency } from './demo-competency';
import { seedDemoKpis } from './demo-kpi';
import { seedDemoTrainings } from './demo-training';
import { execute, queryRows } from '../platform/database/query';

/**
 * Seeds the demo organisation and the repository's banks when the database has no users; returns
 * what it created, or null. `history` adds six months of past quiz evidence and field KPIs so the
 * managers' pages have something to show; the tests' template leaves it out and builds its own.
 */
export async function seedDemoIfEmpty(
  url: string,
  { history = true }: { history?: boolean } = {},
): Promise<{ units: number; users: number; banks: number; questions: number } | null> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    const hasher = new PasswordHasher();
    const hashes = await Promise.all(DEMO_USERS.map(() => hasher.hash(DEMO_PASSWORD)));
    return await dataSource.transaction(async (manager) => {
      // serialises concurrent seeders (two instances starting on one empty database)
      await execute(manager, 'LOCK TABLE app_user IN EXCLUSIVE MODE');
      const [{ n }] = await queryRows<{ n: string }>(manager, 'SELECT count(*) AS n FROM app_user');
      if (Number(n) > 0) return null;
      const unitIds = new Map<string, { id: string; path: string }>();
      for (const unit of DEMO_UNITS) {
        const parent = unit.parent ? unitIds.get(unit.parent)! : null;
        const [{ id }] = await queryRows<{ id: string }>(
          manager,
          'INSERT INTO org_unit (name, parent_id, path) VALUES ($1, $2, $3) RETURNING id',
          [unit.name, parent?.id ?? null, ''],
        );
        const path = childPath(parent?.path ?? null, id);
        await execute(manager, 'UPDATE org_unit SET path = $2 WHERE id = $1', [id, path]);
        unitIds.set(unit.key, { id, path });
      }
      for (const [i, user] of DEMO_USERS.entries()) {
        await execute(
          manager,
          'INSERT INTO app_user (username, display_name, password_hash, roles, unit_id, demo) VALUES ($1, $2, $3, $4, $5, true)',
          [user.username, user.displayName, hashes[i], user.roles, unitIds.get(user.unit)!.id],
        );
      }
      const banks = await loadRepositoryBanks(manager, unitIds.get('dept')!.id);
      const sittingId = await seedDemoExam(manager, unitIds.get('dept')!.id);
      if (history) {
        await seedDemoTrainings(manager, sittingId, new Date());
        await seedDemoCompetency(manager, new Date());
        await seedDemoKpis(manager, new Date());
      }
      return { units: DEMO_UNITS.length, users: DEMO_USERS.length, banks: banks.banks, questions: banks.questions };
    });
  } finally {
    await dataSource.destroy();
  }
}
