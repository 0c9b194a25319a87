import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Trainings (issue 15): sessions of a unit's month, who is asked to come, check-ins and leave. */
export class Training1795800000000 implements MigrationInterface {
  name = 'Training1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "training_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_unit_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "form" character varying(24) NOT NULL, "topic" character varying(500) NOT NULL DEFAULT \'\', "subjects" text array NOT NULL DEFAULT \'{}\', "trainer_id" uuid, "place" character varying(200) NOT NULL DEFAULT \'\', "online_link" character varying(500), "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "required" boolean NOT NULL DEFAULT true, "opens_early_minutes" integer NOT NULL DEFAULT \'15\', "late_after_minutes" integer NOT NULL DEFAULT \'10\', "sign_out" boolean NOT NULL DEFAULT false, "sitting_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_training_session" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_training_session_owner_unit" ON "training_session"  ("owner_unit_id") ');
    await queryRunner.query('CREATE INDEX "ix_training_session_starts_at" ON "training_session"  ("starts_at") ');
    await queryRunner.query(
      'CREATE TABLE "training_assignee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "unit_id" uuid, "role" character varying(16), "user_id" uuid, CONSTRAINT "PK_training_assignee" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_training_assignee_session" ON "training_assignee"  ("session_id") ');
    await queryRunner.query('CREATE INDEX "ix_training_assignee_user" ON "training_assignee"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "training_check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "checked_in_at" TIMESTAMP WITH TIME ZONE, "signed_out_at" TIMESTAMP WITH TIME ZONE, "device_hash" character varying(64), "status_override" character varying(16), "override_reason" character varying(500), "overridden_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_training_check_in_session_user" UNIQUE ("session_id", "user_id"), CONSTRAINT "PK_training_check_in" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "leave_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'pending\', "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_leave_request_session_user" UNIQUE ("session_id", "user_id"), CONSTRAINT "PK_leave_request" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "training_assignee" ADD CONSTRAINT "FK_training_assignee_session" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_check_in" ADD CONSTRAINT "FK_training_check_in_session" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leave_request" ADD CONSTRAINT "FK_leave_request_session" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "leave_request" DROP CONSTRAINT "FK_leave_request_session"');
    await queryRunner.query('ALTER TABLE "training_check_in" DROP CONSTRAINT "FK_training_check_in_session"');
    await queryRunner.query('ALTER TABLE "training_assignee" DROP CONSTRAINT "FK_training_assignee_session"');
    await queryRunner.query('DROP TABLE "leave_request"');
    await queryRunner.query('DROP TABLE "training_check_in"');
    await queryRunner.query('DROP INDEX "public"."ix_training_assignee_user"');
    await queryRunner.query('DROP INDEX "public"."ix_training_assignee_session"');
    await queryRunner.query('DROP TABLE "training_assignee"');
    await queryRunner.query('DROP INDEX "public"."ix_training_session_starts_at"');
    await queryRunner.query('DROP INDEX "public"."ix_training_session_owner_unit"');
    await queryRunner.query('DROP TABLE "training_session"');
  }
}
