import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { execute, queryRows } from '../../../platform/database/query';

export type Rotation =
  { kind: 'rotated'; userId: string; sessionId: string } | { kind: 'replayed'; sessionId: string } | { kind: 'unknown' };

@Injectable()
export class RefreshTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    userId: string,
    sessionId: string,
    tokenHash: string,
    expiresAt: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await execute(manager, 'INSERT INTO refresh_token (user_id, session_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)', [
      userId,
      sessionId,
      tokenHash,
      expiresAt,
    ]);
  }

  /**
   * Revokes a live token of a live login and returns its user, atomically: of two concurrent
   * refreshes with the same token only one gets the user back. A token that was already used is
   * reported as replayed, with its login, so the caller can end that login.
   */
  async rotate(tokenHash: string, manager: EntityManager = this.dataSource.manager): Promise<Rotation> {
    const rows = await queryRows<{ user_id: string; session_id: string }>(
      manager,
      `UPDATE refresh_token t SET revoked_at = now()
         FROM auth_session s
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now() AND s.id = t.session_id AND s.revoked_at IS NULL
        RETURNING t.user_id, t.session_id`,
      [tokenHash],
    );
    if (rows[0]) return { kind: 'rotated', userId: rows[0].user_id, sessionId: rows[0].session_id };
    const used: Array<{ session_id: string }> = await queryRows(
      manager,
      'SELECT session_id FROM refresh_token WHERE token_hash = $1 AND revoked_at IS NOT NULL',
      [tokenHash],
    );
    return used[0] ? { kind: 'replayed', sessionId: used[0].session_id } : { kind: 'unknown' };
  }

  async sessionOf(tokenHash: string): Promise<string | null> {
    const rows: Array<{ session_id: string }> = await queryRows(
      this.dataSource,
      'SELECT session_id FROM refresh_token WHERE token_hash = $1',
      [tokenHash],
    );
    return rows[0]?.session_id ?? null;
  }
}
