import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A login try is recorded before its password is checked, with `succeeded` NULL until it is: the
 * throttle counts it as a failure meanwhile, and a later try that only it would refuse waits for it.
 */
export class LoginAttemptInFlight1795780100000 implements MigrationInterface {
  name = 'LoginAttemptInFlight1795780100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "login_attempt" ALTER COLUMN "succeeded" DROP NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('UPDATE "login_attempt" SET "succeeded" = false WHERE "succeeded" IS NULL');
    await queryRunner.query('ALTER TABLE "login_attempt" ALTER COLUMN "succeeded" SET NOT NULL');
  }
}
