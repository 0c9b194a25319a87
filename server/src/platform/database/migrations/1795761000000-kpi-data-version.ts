import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A counter that moves whenever anything a unit's KPI ranking reads changes: the figures, and who is
 * a customer manager where. Statement-level triggers keep it, so no write path can forget to; the
 * ranking cache (kpi/application/unit-ranking-cache.ts) keys on it.
 */
export class KpiDataVersion1795761000000 implements MigrationInterface {
  name = 'KpiDataVersion1795761000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "data_version" ("name" character varying(32) NOT NULL, "version" bigint NOT NULL DEFAULT 0, CONSTRAINT "PK_data_version" PRIMARY KEY ("name"))',
    );
    await queryRunner.query('INSERT INTO "data_version" ("name") VALUES (\'kpi\')');
    await queryRunner.query(`CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1 WHERE name = TG_ARGV[0];
        RETURN NULL;
      END $$`);
    for (const table of ['kpi_ratio', 'kpi_forecast']) {
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}_kpi_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('kpi')`,
      );
    }
    await queryRunner.query(
      `CREATE TRIGGER "tr_app_user_kpi_version" AFTER INSERT OR DELETE OR UPDATE OF username, display_name, roles, unit_id, disabled ON "app_user" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('kpi')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_org_unit_kpi_version" AFTER INSERT OR DELETE OR UPDATE OF path ON "org_unit" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('kpi')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [trigger, table] of [
      ['tr_org_unit_kpi_version', 'org_unit'],
      ['tr_app_user_kpi_version', 'app_user'],
      ['tr_kpi_forecast_kpi_version', 'kpi_forecast'],
      ['tr_kpi_ratio_kpi_version', 'kpi_ratio'],
    ]) {
      await queryRunner.query(`DROP TRIGGER "${trigger}" ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION "bump_data_version"()');
    await queryRunner.query('DROP TABLE "data_version"');
  }
}
