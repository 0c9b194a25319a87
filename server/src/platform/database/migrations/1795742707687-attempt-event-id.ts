import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AttemptEventId1795742707687 implements MigrationInterface {
  name = 'AttemptEventId1795742707687';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "attempt_event" ADD "client_event_id" uuid');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_attempt_event_client_id" ON "attempt_event"  ("attempt_id", "client_event_id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_attempt_event_client_id"');
    await queryRunner.query('ALTER TABLE "attempt_event" DROP COLUMN "client_event_id"');
  }
}
