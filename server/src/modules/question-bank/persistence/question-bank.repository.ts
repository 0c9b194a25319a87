import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { BankReach } from '../domain/bank-access';
import { DEFAULT_BANK_PURPOSE, type MaterialPurpose } from '../domain/material-purpose';
import { execute, queryRows } from '../../../platform/database/query';

export interface BankRow extends BankReach {
  id: string;
  key: string | null;
  name: string;
  description: string;
  purpose: MaterialPurpose;
  ownerUnitId: string;
  ownerUnitName: string;
  sharedUnitIds: string[];
  questionCount: number;
  activeCount: number;
  needsReviewCount: number;
  updatedAt: Date;
}

const BANK_SELECT = `
  SELECT b.id, b.key, b.name, b.description, b.purpose, b.owner_unit_id AS "ownerUnitId", u.name AS "ownerUnitName", u.path AS "ownerUnitPath",
         b.updated_at AS "updatedAt",
         coalesce((SELECT array_agg(s.unit_id) FROM question_bank_share s WHERE s.bank_id = b.id), '{}') AS "sharedUnitIds",
         coalesce((SELECT array_agg(su.path) FROM question_bank_share s JOIN org_unit su ON su.id = s.unit_id WHERE s.bank_id = b.id), '{}') AS "sharedUnitPaths",
         (SELECT count(*) FROM question q WHERE q.bank_id = b.id)::int AS "questionCount",
         (SELECT count(*) FROM question q WHERE q.bank_id = b.id AND q.status = 'active')::int AS "activeCount",
         (SELECT count(*) FROM question q WHERE q.bank_id = b.id AND q.needs_review)::int AS "needsReviewCount"
    FROM question_bank b JOIN org_unit u ON u.id = b.owner_unit_id`;

@Injectable()
export class QuestionBankRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async existsWithKey(key: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await queryRows<unknown>(manager, 'SELECT 1 FROM question_bank WHERE key = $1', [key]);
    return rows.length > 0;
  }

  async findRow(id: string, manager: EntityManager = this.dataSource.manager): Promise<BankRow | null> {
    const rows = await queryRows<BankRow>(manager, `${BANK_SELECT} WHERE b.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Every bank; the service filters by reach (banks are few, so this stays cheap). */
  listRows(): Promise<BankRow[]> {
    return queryRows<BankRow>(this.dataSource, `${BANK_SELECT} ORDER BY b.name`);
  }

  /** Who reaches each bank, without the counts: practice asks this on every draw. */
  listReach(): Promise<Array<BankReach & { id: string }>> {
    return queryRows(
      this.dataSource,
      `SELECT b.id, u.path AS "ownerUnitPath",
              coalesce((SELECT array_agg(su.path) FROM question_bank_share s JOIN org_unit su ON su.id = s.unit_id WHERE s.bank_id = b.id), '{}') AS "sharedUnitPaths"
         FROM question_bank b JOIN org_unit u ON u.id = b.owner_unit_id`,
    );
  }

  async insert(
    bank: { key: string | null; name: string; description: string; purpose?: MaterialPurpose; ownerUnitId: string; createdBy: string | null },
    manager: EntityManager,
  ): Promise<string> {
    const [{ id }] = await queryRows<{ id: string }>(
      manager,
      'INSERT INTO question_bank (key, name, description, purpose, owner_unit_id, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [bank.key, bank.name, bank.description, bank.purpose ?? DEFAULT_BANK_PURPOSE, bank.ownerUnitId, bank.createdBy],
    );
    return id;
  }

  async update(id: string, changes: { name: string; description: string; purpose: MaterialPurpose }, manager: EntityManager): Promise<void> {
    await execute(manager, 'UPDATE question_bank SET name = $2, description = $3, purpose = $4, updated_at = now() WHERE id = $1', [id, changes.name, changes.description, changes.purpose]);
  }

  async replaceShares(id: string, unitIds: string[], manager: EntityManager): Promise<void> {
    await execute(manager, 'DELETE FROM question_bank_share WHERE bank_id = $1', [id]);
    if (unitIds.length) await execute(manager, 'INSERT INTO question_bank_share (bank_id, unit_id) SELECT $1, unnest($2::uuid[])', [id, unitIds]);
  }

  async touch(id: string, manager: EntityManager): Promise<void> {
    await execute(manager, 'UPDATE question_bank SET updated_at = now() WHERE id = $1', [id]);
  }
}
