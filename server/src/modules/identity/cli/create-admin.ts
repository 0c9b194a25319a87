import { runCli, withCliDatabase } from '../../../platform/database/cli/with-cli-database';
import { PasswordHasher } from '../application/password-hasher';
import { passwordProblems } from '../domain/password-policy';
import { childPath } from '../domain/unit-path';
import { normaliseUsername, usernameProblem } from '../domain/username';
import { execute, queryRows } from '../../../platform/database/query';

/**
 * Creates the first administrator of a production database (and its root unit when there is none):
 *   KAOPING_ADMIN_PASSWORD=… node dist/modules/identity/cli/create-admin.js <username> [root unit name]
 */
async function main(): Promise<void> {
  const [rawUsername, unitName = '营销部'] = process.argv.slice(2);
  const username = normaliseUsername(rawUsername ?? '');
  const password = process.env.KAOPING_ADMIN_PASSWORD ?? '';
  const problems = [usernameProblem(username), ...passwordProblems(password, username)].filter((p): p is string => p !== null);
  if (!rawUsername) problems.unshift('usage: KAOPING_ADMIN_PASSWORD=… create-admin <username> [root unit name]');
  if (problems.length) throw new Error(problems.join('\n'));
  const passwordHash = await new PasswordHasher().hash(password);
  await withCliDatabase(async (dataSource) => {
    await dataSource.transaction(async (manager) => {
      let [root] = await queryRows<{ id: string; path: string }>(
        manager,
        'SELECT id, path FROM org_unit WHERE parent_id IS NULL AND name = $1',
        [unitName],
      );
      if (!root) {
        const [{ id }] = await queryRows<{ id: string }>(
          manager,
          `INSERT INTO org_unit (name, parent_id, path) VALUES ($1, NULL, '') RETURNING id`,
          [unitName],
        );
        root = { id, path: childPath(null, id) };
        await execute(manager, 'UPDATE org_unit SET path = $2 WHERE id = $1', [id, root.path]);
      }
      await execute(
        manager,
        `INSERT INTO app_user (username, display_name, password_hash, roles, unit_id) VALUES ($1, $1, $2, '{admin}', $3)`,
        [username, passwordHash, root.id],
      );
      await execute(
        manager,
        `INSERT INTO audit_event (actor_id, action, target_type, target_id, details) VALUES (NULL, 'user.create_admin_cli', 'user', $1, '{}')`,
        [username],
      );
    });
    console.log(`Created administrator ${username} in ${unitName}.`);
  });
}

runCli(main);
