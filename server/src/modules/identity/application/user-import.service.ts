import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import { readSheet, SpreadsheetError, writeSheet } from '../../../platform/files/xlsx-sheet';
import type { Principal } from '../domain/principal';
import { checkUserImportRows, USER_IMPORT_COLUMNS, UserImportField, UserImportRow, ImportError } from '../domain/user-import-rows';
import { normaliseUsername } from '../domain/username';
import { UserEntity } from '../persistence/user.entity';
import { UserRepository } from '../persistence/user.repository';
import { PasswordHasher } from './password-hasher';
import { UnitsService, UnitView } from './units.service';
import { IdentityErrors } from '../domain/identity-errors';
import { IdentityIssues } from '../domain/identity-issues';
import type { Issue } from '../../../platform/errors/issue-catalogue';

export interface UserImportReport {
  created: number;
  errors: ImportError[];
}

export const MAX_IMPORT_ROWS = 5000;

@Injectable()
export class UserImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly units: UnitsService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLog,
  ) {}

  template(): Promise<Buffer> {
    return writeSheet('用户', Object.values(USER_IMPORT_COLUMNS), [
      ['营销部/城中客户服务部/城中一组', '张三', 'zhangsan', '客户经理', 'Change-me-2026'],
    ]);
  }

  /** All or nothing: any row error rejects the whole file and writes nothing. */
  async import(principal: Principal, file: Buffer, dryRun: boolean): Promise<UserImportReport> {
    const rows = await this.readRows(file);
    const units = await this.units.list(principal);
    const existing = await this.users.existingUsernames(rows.map((r) => normaliseUsername(r.values.username ?? '')).filter(Boolean));
    const { users, errors } = checkUserImportRows(rows, { resolveUnit: (text) => resolveUnit(units, text), existingUsernames: existing });
    if (errors.length) throw IdentityErrors['identity.import.invalidRows']({ count: errors.length, details: { created: 0, errors } });
    if (dryRun) return { created: users.length, errors: [] };
    const hashes = await Promise.all(users.map((u) => this.hasher.hash(u.password)));
    await this.dataSource.transaction(async (manager) => {
      const entities = users.map((u, i) =>
        manager.create(UserEntity, {
          username: u.username,
          displayName: u.displayName,
          roles: u.roles,
          unitId: u.unitId,
          passwordHash: hashes[i],
          mustChangePassword: true,
        }),
      );
      await manager.save(entities, { chunk: 500 });
      await this.audit.record(
        {
          actorId: principal.userId,
          action: 'user.import',
          targetType: 'user',
          targetId: 'bulk',
          details: { count: entities.length, usernames: users.map((u) => u.username) },
        },
        manager,
      );
    });
    return { created: users.length, errors: [] };
  }

  private async readRows(file: Buffer): Promise<UserImportRow[]> {
    let sheet;
    try {
      sheet = await readSheet(file);
    } catch (error) {
      if (error instanceof SpreadsheetError)
        throw IdentityErrors['identity.import.unreadable']({
          problem: error.message,
          details: { created: 0, errors: [{ row: 0, field: 'file', message: error.message }] },
        });
      throw error;
    }
    const missing = Object.values(USER_IMPORT_COLUMNS).filter((header) => !sheet.headers.includes(header));
    if (missing.length) {
      const columns = missing.join('、');
      const { message } = IdentityErrors['identity.import.missingColumns']({ columns });
      throw IdentityErrors['identity.import.missingColumns']({
        columns,
        details: { created: 0, errors: [{ row: 1, field: missing[0], message }] },
      });
    }
    if (sheet.rows.length === 0)
      throw IdentityErrors['identity.import.noRows']({
        details: { created: 0, errors: [{ row: 2, field: 'file', message: IdentityErrors['identity.import.noRows'].message }] },
      });
    if (sheet.rows.length > MAX_IMPORT_ROWS) throw IdentityErrors['identity.import.tooManyRows']({ max: MAX_IMPORT_ROWS });
    const fields = Object.entries(USER_IMPORT_COLUMNS) as Array<[UserImportField, string]>;
    return sheet.rows.map(({ row, values }) => ({
      row,
      values: Object.fromEntries(fields.map(([field, header]) => [field, values[header]])),
    }));
  }
}

function resolveUnit(units: UnitView[], text: string): { unitId: string } | { error: Issue } {
  const wanted = text.trim().replace(/\s*[/／>]\s*/g, '/');
  const byPath = units.find((u) => u.namePath === wanted);
  if (byPath) return { unitId: byPath.id };
  const byName = units.filter((u) => u.name === wanted);
  if (byName.length === 1) return { unitId: byName[0].id };
  if (byName.length > 1) return { error: IdentityIssues['identity.row.unitAmbiguous']({ unit: wanted, example: byName[0].namePath }) };
  return { error: IdentityIssues['identity.row.unitNotFound']({ unit: wanted }) };
}
