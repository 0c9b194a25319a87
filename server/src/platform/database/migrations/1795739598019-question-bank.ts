import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionBank1795739598019 implements MigrationInterface {
  name = 'QuestionBank1795739598019';

  async up(queryRunner: QueryRunner): Promise<void> {
    // trigram search of question text; pg_trgm is a trusted extension (PostgreSQL 13+), so the
    // database owner may create it
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      'CREATE TABLE "question_bank" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(64), "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "owner_unit_id" uuid NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ddf9cd18bcda25d31e7ef21b519" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_question_bank_key" ON "question_bank"  ("key") ');
    await queryRunner.query('CREATE INDEX "ix_question_bank_owner_unit" ON "question_bank"  ("owner_unit_id") ');
    await queryRunner.query(
      'CREATE TABLE "question_bank_share" ("bank_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "PK_9f0bf7e0da527f2edff30b24bfc" PRIMARY KEY ("bank_id", "unit_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "question_category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bank_id" uuid NOT NULL, "parent_id" uuid, "name" character varying(100) NOT NULL, "path" text NOT NULL, CONSTRAINT "uq_question_category_path" UNIQUE ("bank_id", "path"), CONSTRAINT "PK_5fd605f755be75e9ea3ee3fdc18" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bank_id" uuid NOT NULL, "key" character varying(64) NOT NULL, "category_id" uuid, "type" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'active\', "needs_review" boolean NOT NULL DEFAULT false, "review_reason" text, "dimension" character varying(32), "difficulty" smallint, "tags" text array NOT NULL DEFAULT \'{}\', "source_document" character varying(200), "search_text" text NOT NULL, "fingerprint" character(64) NOT NULL, "current_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_question_key_per_bank" UNIQUE ("bank_id", "key"), CONSTRAINT "PK_21e5786aa0ea704ae185a79b2d5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_question_category" ON "question"  ("category_id") ');
    await queryRunner.query('CREATE INDEX "ix_question_source_document" ON "question"  ("source_document") ');
    await queryRunner.query('CREATE INDEX "ix_question_fingerprint" ON "question"  ("fingerprint") ');
    await queryRunner.query('CREATE INDEX "ix_question_bank_filters" ON "question"  ("bank_id", "status", "type") ');
    await queryRunner.query(
      'CREATE TABLE "question_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "version" integer NOT NULL, "content" jsonb NOT NULL, "created_by" uuid, "change_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_question_version" UNIQUE ("question_id", "version"), CONSTRAINT "PK_536fa313bdfc73a7694128dcf6e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "source_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "superseded_at" TIMESTAMP WITH TIME ZONE, "superseded_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_96c4b1ff177b8bcd193d1d66fdd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_source_document_title" ON "source_document"  ("title") ');
    await queryRunner.query(
      'ALTER TABLE "question_bank" ADD CONSTRAINT "FK_ba8ef4be3cbcfb2e0367e78bb76" FOREIGN KEY ("owner_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_bank_share" ADD CONSTRAINT "FK_10b283f26195a6d818dbad45f94" FOREIGN KEY ("bank_id") REFERENCES "question_bank"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_bank_share" ADD CONSTRAINT "FK_0a53f43444465e1f026a1e18d2b" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_category" ADD CONSTRAINT "FK_f6789997b06a7dab28ef3d5d9ab" FOREIGN KEY ("bank_id") REFERENCES "question_bank"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_category" ADD CONSTRAINT "FK_4ad13377e2d9f0455c9036fe445" FOREIGN KEY ("parent_id") REFERENCES "question_category"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "FK_ddf9cd18bcda25d31e7ef21b519" FOREIGN KEY ("bank_id") REFERENCES "question_bank"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "FK_5fd605f755be75e9ea3ee3fdc18" FOREIGN KEY ("category_id") REFERENCES "question_category"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_version" ADD CONSTRAINT "FK_52195709bb83807f7bf7b537a36" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query('CREATE INDEX "ix_question_search_trgm" ON "question" USING gin ("search_text" gin_trgm_ops)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_question_search_trgm"');
    await queryRunner.query('ALTER TABLE "question_version" DROP CONSTRAINT "FK_52195709bb83807f7bf7b537a36"');
    await queryRunner.query('ALTER TABLE "question" DROP CONSTRAINT "FK_5fd605f755be75e9ea3ee3fdc18"');
    await queryRunner.query('ALTER TABLE "question" DROP CONSTRAINT "FK_ddf9cd18bcda25d31e7ef21b519"');
    await queryRunner.query('ALTER TABLE "question_category" DROP CONSTRAINT "FK_4ad13377e2d9f0455c9036fe445"');
    await queryRunner.query('ALTER TABLE "question_category" DROP CONSTRAINT "FK_f6789997b06a7dab28ef3d5d9ab"');
    await queryRunner.query('ALTER TABLE "question_bank_share" DROP CONSTRAINT "FK_0a53f43444465e1f026a1e18d2b"');
    await queryRunner.query('ALTER TABLE "question_bank_share" DROP CONSTRAINT "FK_10b283f26195a6d818dbad45f94"');
    await queryRunner.query('ALTER TABLE "question_bank" DROP CONSTRAINT "FK_ba8ef4be3cbcfb2e0367e78bb76"');
    await queryRunner.query('DROP INDEX "public"."uq_source_document_title"');
    await queryRunner.query('DROP TABLE "source_document"');
    await queryRunner.query('DROP TABLE "question_version"');
    await queryRunner.query('DROP INDEX "public"."ix_question_bank_filters"');
    await queryRunner.query('DROP INDEX "public"."ix_question_fingerprint"');
    await queryRunner.query('DROP INDEX "public"."ix_question_source_document"');
    await queryRunner.query('DROP INDEX "public"."ix_question_category"');
    await queryRunner.query('DROP TABLE "question"');
    await queryRunner.query('DROP TABLE "question_category"');
    await queryRunner.query('DROP TABLE "question_bank_share"');
    await queryRunner.query('DROP INDEX "public"."ix_question_bank_owner_unit"');
    await queryRunner.query('DROP INDEX "public"."uq_question_bank_key"');
    await queryRunner.query('DROP TABLE "question_bank"');
  }
}
