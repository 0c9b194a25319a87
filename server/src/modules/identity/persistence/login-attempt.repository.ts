import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RecentTries, ThrottlePolicy } from '../domain/login-throttle';
import { execute, queryRows } from '../../../platform/database/query';

@Injectable()
export class LoginAttemptRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts the recent failures and, if `admit` says the password may be checked, records this try
   * as in flight (`succeeded` NULL), in one step: two tries of one account or one address wait for
   * each other (an advisory lock each, always address first), so fifteen at once are counted one
   * after another. Returns the new row's id, which `settle` marks once the password is checked.
   */
  async countAndRecord<V>(
    username: string,
    ip: string,
    policy: ThrottlePolicy,
    admit: (recent: RecentTries) => V & { allowed: boolean },
  ): Promise<{ verdict: V; attemptId: string | null }> {
    return this.dataSource.transaction(async (manager) => {
      await execute(manager, `SELECT pg_advisory_xact_lock(hashtext('login-address'), hashtext($1))`, [ip]);
      await execute(manager, `SELECT pg_advisory_xact_lock(hashtext('login-account'), hashtext($1))`, [username]);
      const verdict = admit(await this.recentTries(username, ip, policy, manager));
      if (!verdict.allowed) return { verdict, attemptId: null };
      const [row]: Array<{ id: string }> = await queryRows(
        manager,
        'INSERT INTO login_attempt (username, ip, succeeded) VALUES ($1, $2, NULL) RETURNING id',
        [username, ip],
      );
      return { verdict, attemptId: row.id };
    });
  }

  async settle(attemptId: string, succeeded: boolean): Promise<void> {
    await execute(this.dataSource, 'UPDATE login_attempt SET succeeded = $2 WHERE id = $1', [attemptId, succeeded]);
  }

  /**
   * Failures inside each rule's window, without and with the tries in flight; a success of the
   * account ends the count for that account. A try in flight for longer than `inFlightSeconds`
   * counts as a failure (its instance stopped before settling it).
   */
  private async recentTries(username: string, ip: string, policy: ThrottlePolicy, manager: EntityManager): Promise<RecentTries> {
    const [row]: Array<Record<string, string | Date | null>> = await queryRows(
      manager,
      `WITH last_ok AS (
         SELECT coalesce(max(created_at), '-infinity') AS at FROM login_attempt WHERE username = $1 AND succeeded
       ), f AS (
         SELECT username, ip, created_at,
                (succeeded IS NULL AND created_at > now() - make_interval(secs => $6::int)) AS in_flight,
                (username = $1 AND ip = $2 AND created_at > (SELECT at FROM last_ok) AND created_at > now() - make_interval(secs => $3::int)) AS pair,
                (username = $1 AND created_at > (SELECT at FROM last_ok) AND created_at > now() - make_interval(secs => $4::int)) AS account,
                (ip = $2 AND created_at > now() - make_interval(secs => $5::int)) AS address
           FROM login_attempt
          WHERE succeeded IS NOT TRUE AND (username = $1 OR ip = $2)
            AND created_at > now() - make_interval(secs => greatest($3::int, $4::int, $5::int))
       )
       SELECT
         count(*) FILTER (WHERE pair AND NOT in_flight) AS pair_n, min(created_at) FILTER (WHERE pair AND NOT in_flight) AS pair_t,
         count(*) FILTER (WHERE pair) AS pair_all_n, min(created_at) FILTER (WHERE pair) AS pair_all_t,
         count(*) FILTER (WHERE account AND NOT in_flight) AS account_n, min(created_at) FILTER (WHERE account AND NOT in_flight) AS account_t,
         count(*) FILTER (WHERE account) AS account_all_n, min(created_at) FILTER (WHERE account) AS account_all_t,
         count(*) FILTER (WHERE address AND NOT in_flight) AS address_n, min(created_at) FILTER (WHERE address AND NOT in_flight) AS address_t,
         count(*) FILTER (WHERE address) AS address_all_n, min(created_at) FILTER (WHERE address) AS address_all_t
       FROM f`,
      [
        username,
        ip,
        policy.accountFromAddress.windowSeconds,
        policy.account.windowSeconds,
        policy.address.windowSeconds,
        policy.inFlightSeconds,
      ],
    );
    const window = (n: string, t: string) => ({ count: Number(row[n]), oldest: row[t] ? new Date(row[t]) : null });
    return {
      settled: {
        accountFromAddress: window('pair_n', 'pair_t'),
        account: window('account_n', 'account_t'),
        address: window('address_n', 'address_t'),
      },
      withInFlight: {
        accountFromAddress: window('pair_all_n', 'pair_all_t'),
        account: window('account_all_n', 'account_all_t'),
        address: window('address_all_n', 'address_all_t'),
      },
    };
  }
}
