import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuditModule } from '../../platform/audit/audit.module';
import { AuthService } from './application/auth.service';
import { LoginRevocations } from './application/login-revocations';
import { PasswordAttempts } from './application/password-attempts';
import { PasswordHasher } from './application/password-hasher';
import { ScopeService } from './application/scope.service';
import { SessionCheck } from './application/session-check';
import { TokenService } from './application/token.service';
import { UserImportService } from './application/user-import.service';
import { UnitsService } from './application/units.service';
import { UsersService } from './application/users.service';
import { AccessGuard } from './http/access.guard';
import { AuthController } from './http/auth.controller';
import { InstanceController } from './http/instance.controller';
import { MeController } from './http/me.controller';
import { RefreshCookie } from './http/refresh-cookie';
import { UnitsController } from './http/units.controller';
import { UsersController } from './http/users.controller';
import { AuthSessionRepository } from './persistence/auth-session.repository';
import { LoginAttemptRepository } from './persistence/login-attempt.repository';
import { OrgUnitRepository } from './persistence/org-unit.repository';
import { RefreshTokenRepository } from './persistence/refresh-token.repository';
import { UserRepository } from './persistence/user.repository';

@Module({
  imports: [JwtModule.register({}), AuditModule],
  controllers: [AuthController, MeController, UsersController, UnitsController, InstanceController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AuthService,
    PasswordAttempts,
    LoginRevocations,
    SessionCheck,
    RefreshCookie,
    TokenService,
    PasswordHasher,
    ScopeService,
    UsersService,
    UnitsService,
    UserImportService,
    UserRepository,
    OrgUnitRepository,
    RefreshTokenRepository,
    AuthSessionRepository,
    LoginAttemptRepository,
  ],
  exports: [ScopeService, PasswordHasher, TokenService, SessionCheck],
})
export class IdentityModule {}
