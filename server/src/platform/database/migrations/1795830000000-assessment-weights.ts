import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The 考核 weights a department sets per item (the month's exams and each KPI); decisions §22. */
export class AssessmentWeights1795830000000 implements MigrationInterface {
  name = 'AssessmentWeights1795830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assessment_weight" ("department_id" uuid NOT NULL, "item" character varying(32) NOT NULL, "weight" integer NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_assessment_weight" PRIMARY KEY ("department_id", "item"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "assessment_weight"');
  }
}
