import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Submitted attempts wait in status 'scoring' until scored; the index is the sweeper's scan for them. */
export class AttemptScoring1795760000000 implements MigrationInterface {
  name = 'AttemptScoring1795760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "ix_attempt_scoring" ON "attempt" ("submitted_at") WHERE status = \'scoring\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("UPDATE \"attempt\" SET status = 'submitted' WHERE status = 'scoring'");
    await queryRunner.query('DROP INDEX "public"."ix_attempt_scoring"');
  }
}
