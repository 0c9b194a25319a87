import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Coaching actions (帮扶): targeted practice or a training for one customer manager, with its baseline (decisions §23). */
export class Coaching1795840100000 implements MigrationInterface {
  name = 'Coaching1795840100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "coaching_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "dimension" character varying(32), "kpi" character varying(32), "note" character varying(500) NOT NULL DEFAULT '', "due_on" date NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'open', "baseline_month" date NOT NULL, "level_before" numeric(6,4), "kpi_before" double precision, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by" uuid, CONSTRAINT "PK_coaching_action" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_coaching_action_user" ON "coaching_action" ("user_id", "status")`);
    await queryRunner.query(`CREATE INDEX "ix_coaching_action_unit" ON "coaching_action" ("unit_id", "status")`);
    await queryRunner.query(
      `ALTER TABLE "coaching_action" ADD CONSTRAINT "FK_coaching_action_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "coaching_action"`);
  }
}
