import type { MixedList } from 'typeorm';
import { OrgUnitEntity } from '../../modules/identity/persistence/org-unit.entity';
import { UserEntity } from '../../modules/identity/persistence/user.entity';
import { RefreshTokenEntity } from '../../modules/identity/persistence/refresh-token.entity';
import { LoginAttemptEntity } from '../../modules/identity/persistence/login-attempt.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { Identity1795738829178 } from './migrations/1795738829178-identity';

/**
 * The one list of entities and migrations, shared by the app, the CLI scripts and the tests,
 * so `db:check` compares exactly what the app maps against exactly what the migrations build.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ENTITIES: MixedList<Function> = [
  OrgUnitEntity,
  UserEntity,
  RefreshTokenEntity,
  LoginAttemptEntity,
  AuditEventEntity,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: MixedList<Function> = [Identity1795738829178];
