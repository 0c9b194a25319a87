import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The unit of the department's price-per-carton rise: yuan per carton, or percent of last year's price. */
export class PriceRiseUnit1795781100000 implements MigrationInterface {
  name = 'PriceRiseUnit1795781100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "kpi_target" ADD "unit" character varying(8)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "kpi_target" DROP COLUMN "unit"');
  }
}
