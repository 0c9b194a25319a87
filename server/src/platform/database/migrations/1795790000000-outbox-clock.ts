import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox events are ordered by the id of the transaction that wrote them. A database restored from
 * a backup (or moved to another engine) starts its transaction ids low again, so both the id an
 * event gets and the horizon readers compare with are shifted by an offset the restore sets past
 * the restored events (platform/backup/logical-dump.ts).
 */
export class OutboxClock1795790000000 implements MigrationInterface {
  name = 'OutboxClock1795790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "outbox_clock" ("id" boolean NOT NULL DEFAULT true, "xid_offset" bigint NOT NULL DEFAULT 0, CONSTRAINT "PK_outbox_clock" PRIMARY KEY ("id"), CONSTRAINT "CHK_outbox_clock_one_row" CHECK ("id"))',
    );
    await queryRunner.query('INSERT INTO "outbox_clock" DEFAULT VALUES');
    await queryRunner.query(
      'CREATE OR REPLACE FUNCTION outbox_tx_id() RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT (pg_current_xact_id()::text)::bigint + (SELECT xid_offset FROM outbox_clock) $$',
    );
    await queryRunner.query(
      'CREATE FUNCTION outbox_horizon() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint + (SELECT xid_offset FROM outbox_clock) $$',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION outbox_horizon()');
    await queryRunner.query(
      'CREATE OR REPLACE FUNCTION outbox_tx_id() RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT (pg_current_xact_id()::text)::bigint $$',
    );
    await queryRunner.query('DROP TABLE "outbox_clock"');
  }
}
