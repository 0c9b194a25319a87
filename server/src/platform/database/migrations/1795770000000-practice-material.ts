import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trainers mark banks and categories as practice material (练习题) or reserved for exams (考试题).
 * Banks default to practice material, so existing banks keep feeding practice; a category without
 * its own marking follows its nearest marked ancestor, else its bank (decisions §11).
 */
export class PracticeMaterial1795770000000 implements MigrationInterface {
  name = 'PracticeMaterial1795770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "question_bank" ADD "purpose" character varying(16) NOT NULL DEFAULT \'practice\'');
    await queryRunner.query('ALTER TABLE "question_category" ADD "purpose" character varying(16)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "question_category" DROP COLUMN "purpose"');
    await queryRunner.query('ALTER TABLE "question_bank" DROP COLUMN "purpose"');
  }
}
