import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { execute, queryRows } from '../../../platform/database/query';

/** What an access token is checked against on every request. */
export interface SessionAccess {
  userId: string;
  tokenVersion: number;
  disabled: boolean;
  mustChangePassword: boolean;
}

@Injectable()
export class AuthSessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async open(userId: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const [row]: Array<{ id: string }> = await queryRows(manager, 'INSERT INTO auth_session (user_id) VALUES ($1) RETURNING id', [userId]);
    return row.id;
  }

  /** One read by primary keys; null when the login was revoked. */
  async liveAccess(sessionId: string): Promise<SessionAccess | null> {
    const rows: SessionAccess[] = await queryRows(
      this.dataSource,
      `SELECT s.user_id AS "userId", u.token_version AS "tokenVersion", u.disabled, u.must_change_password AS "mustChangePassword"
         FROM auth_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND s.revoked_at IS NULL`,
      [sessionId],
    );
    return rows[0] ?? null;
  }

  /** Ends one login: its refresh tokens and, on their next request, its access tokens. */
  async revoke(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await execute(manager, 'UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [sessionId]);
    await execute(manager, 'UPDATE refresh_token SET revoked_at = now() WHERE session_id = $1 AND revoked_at IS NULL', [sessionId]);
  }

  /** Ends every login of a user (password changed or reset, account disabled). */
  async revokeAllFor(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await execute(manager, 'UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
    await execute(manager, 'UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  }
}
