import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PracticeSource1795744777272 implements MigrationInterface {
  name = 'PracticeSource1795744777272';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "practice_card" ADD "source_sitting_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "practice_card" ADD CONSTRAINT "FK_1fc4482f60d299fb54348011c24" FOREIGN KEY ("source_sitting_id") REFERENCES "sitting"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "practice_card" DROP CONSTRAINT "FK_1fc4482f60d299fb54348011c24"');
    await queryRunner.query('ALTER TABLE "practice_card" DROP COLUMN "source_sitting_id"');
  }
}
