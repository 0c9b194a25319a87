import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evidence ledger becomes the one contract every module writes to (decisions §23): each row
 * knows the group its source is scored in (an exam's sitting), whether it came from a make-up
 * (补考), the share of it the official score counts (the sitting's grading method), and the
 * person's unit when it happened. Rows already recorded keep counting in full.
 */
export class CompetencyEvidenceContract1795840000000 implements MigrationInterface {
  name = 'CompetencyEvidenceContract1795840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competency_evidence" ADD "source_group" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "competency_evidence" ADD "makeup" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "competency_evidence" ADD "counted_share" numeric(8,6) NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "competency_evidence" ADD "unit_id" uuid`);
    await queryRunner.query(`UPDATE "competency_evidence" e SET "unit_id" = a."unit_id" FROM "app_user" a WHERE a."id" = e."user_id"`);
    await queryRunner.query(
      `CREATE INDEX "ix_competency_evidence_group" ON "competency_evidence" ("source_kind", "source_group", "user_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_competency_evidence_other_kinds" ON "competency_evidence" ("month") WHERE source_kind <> 'exam'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_competency_evidence_other_kinds"`);
    await queryRunner.query(`DROP INDEX "ix_competency_evidence_group"`);
    await queryRunner.query(`ALTER TABLE "competency_evidence" DROP COLUMN "unit_id"`);
    await queryRunner.query(`ALTER TABLE "competency_evidence" DROP COLUMN "counted_share"`);
    await queryRunner.query(`ALTER TABLE "competency_evidence" DROP COLUMN "makeup"`);
    await queryRunner.query(`ALTER TABLE "competency_evidence" DROP COLUMN "source_group"`);
  }
}
