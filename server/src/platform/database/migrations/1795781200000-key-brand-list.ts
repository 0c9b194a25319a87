import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The department's list of brands per year: the national key brands (前20个全国卷烟重点骨干品牌) that head
 * 预测准确率, and new brands (新品牌). The unit ranking reads it, so changing it moves the KPI data version.
 */
export class KeyBrandList1795781200000 implements MigrationInterface {
  name = 'KeyBrandList1795781200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "kpi_brand_list" ("year" integer NOT NULL, "brand" character varying(64) NOT NULL, "kind" character varying(8) NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_kpi_brand_list" PRIMARY KEY ("year", "brand"))`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_kpi_brand_list_kpi_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "kpi_brand_list" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('kpi')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "tr_kpi_brand_list_kpi_version" ON "kpi_brand_list"');
    await queryRunner.query('DROP TABLE "kpi_brand_list"');
  }
}
