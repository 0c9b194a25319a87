import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GradingPractice1795741257128 implements MigrationInterface {
  name = 'GradingPractice1795741257128';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "essay_mark" ("attempt_id" uuid NOT NULL, "slot" integer NOT NULL, "marker_id" uuid NOT NULL, "score" numeric(8,3) NOT NULL, "feedback" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8170482e9aa1b3cebefdd3f9bcb" PRIMARY KEY ("attempt_id", "slot", "marker_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "practice_card" ("user_id" uuid NOT NULL, "question_id" uuid NOT NULL, "box" smallint NOT NULL DEFAULT \'1\', "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "wrong_count" integer NOT NULL DEFAULT \'0\', "last_wrong_at" TIMESTAMP WITH TIME ZONE, "mastered" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_64c3a47f9ff24031b02845e43b4" PRIMARY KEY ("user_id", "question_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_practice_card_due" ON "practice_card"  ("user_id", "due_at") ');
    await queryRunner.query('ALTER TABLE "question" ADD "quality_flag" text');
    await queryRunner.query(
      'ALTER TABLE "essay_mark" ADD CONSTRAINT "FK_6d6256759b327a2d47060aa1341" FOREIGN KEY ("attempt_id") REFERENCES "attempt"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "essay_mark" ADD CONSTRAINT "FK_eeefa10582e7fddd37c64cce74d" FOREIGN KEY ("marker_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_card" ADD CONSTRAINT "FK_fe75ddf8a6cf0316e3a32fefc79" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_card" ADD CONSTRAINT "FK_bb909c72a96be2fd5fc8523230c" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "practice_card" DROP CONSTRAINT "FK_bb909c72a96be2fd5fc8523230c"');
    await queryRunner.query('ALTER TABLE "practice_card" DROP CONSTRAINT "FK_fe75ddf8a6cf0316e3a32fefc79"');
    await queryRunner.query('ALTER TABLE "essay_mark" DROP CONSTRAINT "FK_eeefa10582e7fddd37c64cce74d"');
    await queryRunner.query('ALTER TABLE "essay_mark" DROP CONSTRAINT "FK_6d6256759b327a2d47060aa1341"');
    await queryRunner.query('ALTER TABLE "question" DROP COLUMN "quality_flag"');
    await queryRunner.query('DROP INDEX "public"."ix_practice_card_due"');
    await queryRunner.query('DROP TABLE "practice_card"');
    await queryRunner.query('DROP TABLE "essay_mark"');
  }
}
