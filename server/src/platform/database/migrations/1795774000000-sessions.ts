import type { MigrationInterface, QueryRunner } from 'typeorm';
import { verify } from '@node-rs/argon2';

/**
 * Logins become revocable on the next request: a login (auth_session) owns its refresh tokens (a
 * family) and access tokens name it; app_user.token_version retires tokens issued before a change of
 * roles, unit or the disabled flag. Accounts an administrator gave a password must choose their own;
 * seeded demo accounts are marked, and only they may use the published demo password.
 *
 * Refresh tokens issued before have no login and are dropped: everyone signs in once more (the client
 * moves them from localStorage to a cookie anyway).
 */
export class Sessions1795774000000 implements MigrationInterface {
  name = 'Sessions1795774000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE "app_user" ADD "must_change_password" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "app_user" ADD "demo" boolean NOT NULL DEFAULT false');
    // an installation seeded before this column: its demo accounts are the seeded usernames that
    // still open with the published password (whoever else uses it is as exposed, and is warned of too)
    const seeded = (await queryRunner.query(
      `SELECT id, password_hash FROM "app_user" WHERE username IN ('admin', 'trainer', 'manager', 'manager-cz') OR username ~ '^staff[0-9]{2}$'`,
    )) as Array<{ id: string; password_hash: string }>;
    for (const user of seeded) {
      if (await verify(user.password_hash, 'kaoping-demo').catch(() => false))
        await queryRunner.query('UPDATE "app_user" SET "demo" = true WHERE id = $1', [user.id]);
    }
    await queryRunner.query(
      'CREATE TABLE "auth_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_auth_session_user" ON "auth_session" ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "auth_session" ADD CONSTRAINT "FK_b8783d517fab10672700a39cb49" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query('DELETE FROM "refresh_token"');
    await queryRunner.query('ALTER TABLE "refresh_token" ADD "session_id" uuid NOT NULL');
    await queryRunner.query('CREATE INDEX "ix_refresh_token_session" ON "refresh_token" ("session_id") ');
    await queryRunner.query(
      'ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c" FOREIGN KEY ("session_id") REFERENCES "auth_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c"');
    await queryRunner.query('DROP INDEX "public"."ix_refresh_token_session"');
    await queryRunner.query('ALTER TABLE "refresh_token" DROP COLUMN "session_id"');
    await queryRunner.query('ALTER TABLE "auth_session" DROP CONSTRAINT "FK_b8783d517fab10672700a39cb49"');
    await queryRunner.query('DROP INDEX "public"."ix_auth_session_user"');
    await queryRunner.query('DROP TABLE "auth_session"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "demo"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "must_change_password"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "token_version"');
  }
}
