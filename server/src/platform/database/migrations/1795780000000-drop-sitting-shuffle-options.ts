import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Options are shuffled for every attempt (decisions §12): the sitting's switch had no effect left. */
export class DropSittingShuffleOptions1795780000000 implements MigrationInterface {
  name = 'DropSittingShuffleOptions1795780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "sitting" DROP COLUMN "shuffle_options"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "sitting" ADD "shuffle_options" boolean NOT NULL DEFAULT false');
  }
}
