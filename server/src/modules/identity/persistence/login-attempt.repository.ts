import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RecentFailures, ThrottlePolicy } from '../domain/login-throttle';
import { execute, queryRows } from '../../../platform/database/query';

@Injectable()
export class LoginAttemptRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts the recent failures and, if `admit` says the password may be checked, records this try
   * as a failure, in one step: two tries of one account or one address wait for each other (an
   * advisory lock each, always address first), so fifteen at once are counted one after another.
   * Returns the new row's id, which `markSucceeded` turns into a success once the password checks.
   */
  async countAndRecord<V>(username: string, ip: string, policy: ThrottlePolicy, admit: (recent: RecentFailures) => V & { allowed: boolean }): Promise<{ verdict: V; attemptId: string | null }> {
    return this.dataSource.transaction(async (manager) => {
      await execute(manager, `SELECT pg_advisory_xact_lock(hashtext('login-address'), hashtext($1))`, [ip]);
      await execute(manager, `SELECT pg_advisory_xact_lock(hashtext('login-account'), hashtext($1))`, [username]);
      const verdict = admit(await this.recentFailures(username, ip, policy, manager));
      if (!verdict.allowed) return { verdict, attemptId: null };
      const [row]: Array<{ id: string }> = await queryRows(manager, 'INSERT INTO login_attempt (username, ip, succeeded) VALUES ($1, $2, false) RETURNING id', [username, ip]);
      return { verdict, attemptId: row.id };
    });
  }

  async markSucceeded(attemptId: string): Promise<void> {
    await execute(this.dataSource, 'UPDATE login_attempt SET succeeded = true WHERE id = $1', [attemptId]);
  }

  /** Failures inside each rule's window; a success of the account ends the count for that account. */
  private async recentFailures(username: string, ip: string, policy: ThrottlePolicy, manager: EntityManager): Promise<RecentFailures> {
    const [row]: Array<Record<string, string | Date | null>> = await queryRows(
      manager,
      `WITH last_ok AS (
         SELECT coalesce(max(created_at), '-infinity') AS at FROM login_attempt WHERE username = $1 AND succeeded
       ), f AS (
         SELECT username, ip, created_at FROM login_attempt
          WHERE NOT succeeded AND (username = $1 OR ip = $2)
            AND created_at > now() - make_interval(secs => greatest($3::int, $4::int, $5::int))
       )
       SELECT
         count(*) FILTER (WHERE username = $1 AND ip = $2 AND created_at > (SELECT at FROM last_ok) AND created_at > now() - make_interval(secs => $3::int)) AS pair_n,
         min(created_at) FILTER (WHERE username = $1 AND ip = $2 AND created_at > (SELECT at FROM last_ok) AND created_at > now() - make_interval(secs => $3::int)) AS pair_t,
         count(*) FILTER (WHERE username = $1 AND created_at > (SELECT at FROM last_ok) AND created_at > now() - make_interval(secs => $4::int)) AS account_n,
         min(created_at) FILTER (WHERE username = $1 AND created_at > (SELECT at FROM last_ok) AND created_at > now() - make_interval(secs => $4::int)) AS account_t,
         count(*) FILTER (WHERE ip = $2 AND created_at > now() - make_interval(secs => $5::int)) AS address_n,
         min(created_at) FILTER (WHERE ip = $2 AND created_at > now() - make_interval(secs => $5::int)) AS address_t
       FROM f`,
      [username, ip, policy.accountFromAddress.windowSeconds, policy.account.windowSeconds, policy.address.windowSeconds],
    );
    const window = (n: string, t: string) => ({ count: Number(row[n]), oldest: row[t] ? new Date(row[t]) : null });
    return { accountFromAddress: window('pair_n', 'pair_t'), account: window('account_n', 'account_t'), address: window('address_n', 'address_t') };
  }
}
