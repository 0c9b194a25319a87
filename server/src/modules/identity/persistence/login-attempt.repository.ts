import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RecentFailures, ThrottlePolicy } from '../domain/login-throttle';

@Injectable()
export class LoginAttemptRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(username: string, ip: string, succeeded: boolean): Promise<void> {
    await this.dataSource.query('INSERT INTO login_attempt (username, ip, succeeded) VALUES ($1, $2, $3)', [username, ip, succeeded]);
  }

  /** Failures inside each rule's window; a success of the account ends the count for that account. */
  async recentFailures(username: string, ip: string, policy: ThrottlePolicy): Promise<RecentFailures> {
    const [row]: Array<Record<string, string | Date | null>> = await this.dataSource.query(
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
