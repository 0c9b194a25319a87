import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An attempt whose scoring throws is recorded and retried on its own, with backoff: how many times
 * it failed, the last error, and when it is tried next (also the sweeper's claim on it meanwhile).
 */
export class AttemptScoringFailures1795775000000 implements MigrationInterface {
  name = 'AttemptScoringFailures1795775000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "attempt" ADD "scoring_failures" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query('ALTER TABLE "attempt" ADD "scoring_error" text');
    await queryRunner.query('ALTER TABLE "attempt" ADD "scoring_retry_at" TIMESTAMP WITH TIME ZONE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "attempt" DROP COLUMN "scoring_retry_at"');
    await queryRunner.query('ALTER TABLE "attempt" DROP COLUMN "scoring_error"');
    await queryRunner.query('ALTER TABLE "attempt" DROP COLUMN "scoring_failures"');
  }
}
