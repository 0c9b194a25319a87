import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 有效指导率 is now verified-effective ÷ verified (docs/decisions.md). Figures imported before kept
 * every guidance case as the denominator, and how many of them were verified was never imported:
 * that count is unknown, so it becomes 0 (no rate, 无数据) rather than a rate on the wrong base.
 * The verified-effective counts stay.
 */
export class VerifiedGuidance1795781000000 implements MigrationInterface {
  name = 'VerifiedGuidance1795781000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "kpi_ratio" SET "denominator" = 0 WHERE "kpi" = 'effective_guidance'`);
  }

  async down(): Promise<void> {
    // The old denominators are gone; nothing to restore.
  }
}
