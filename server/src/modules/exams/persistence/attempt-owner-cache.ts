import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '../../../platform/database/query';

const MAX_ENTRIES = 20_000;

/**
 * Who owns each attempt, kept in memory: an attempt never changes hands, so an entry never goes
 * stale on any instance. Every candidate request on an attempt checks it before anything else, and
 * on exam day an autosave then costs no read for it (the start fills it in).
 */
@Injectable()
export class AttemptOwnerCache {
  private readonly owners = new Map<string, string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The attempt's owner, or undefined when there is no such attempt. */
  async ownerOf(attemptId: string): Promise<string | undefined> {
    const known = this.owners.get(attemptId);
    if (known) return known;
    const rows = await queryRows<{ userId: string }>(this.dataSource, 'SELECT user_id AS "userId" FROM attempt WHERE id = $1', [attemptId]);
    if (rows[0]) this.remember(attemptId, rows[0].userId);
    return rows[0]?.userId;
  }

  remember(attemptId: string, userId: string): void {
    if (this.owners.size >= MAX_ENTRIES) this.owners.delete(this.owners.keys().next().value!);
    this.owners.set(attemptId, userId);
  }
}
