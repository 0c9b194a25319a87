import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import { addMonths, monthLabel, monthOf } from '../../../platform/calendar/month';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { normaliseUsername } from '../../identity/domain/username';
import {
  checkForecastRows,
  checkRatioRows,
  KPI_IMPORT_COLUMNS,
  MAX_KPI_IMPORT_ROWS,
  missingColumns,
  type ForecastRecord,
  type KpiImportContext,
  type KpiImportError,
  type KpiImportKind,
  type RatioRecord,
} from '../domain/kpi-import-rows';
import type { KpiImportReportDto } from '../http/dto/kpi.dto';
import { KpiFiguresRepository } from '../persistence/kpi-figures.repository';
import { readKpiFile, type KpiFile } from './kpi-import-file';
import { KpiTargetsService } from './kpi-targets.service';
import { importTemplate } from './kpi-workbooks';
import { KpiErrors } from '../domain/kpi-errors';

/** Enough to fix a sheet from; a file with more problems than this is most likely the wrong file. */
const MAX_LISTED_ERRORS = 1000;

type Checked = { kind: 'ratios'; records: RatioRecord[] } | { kind: 'forecasts'; records: ForecastRecord[] };

@Injectable()
export class KpiImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly figures: KpiFiguresRepository,
    private readonly targets: KpiTargetsService,
    private readonly scope: ScopeService,
    private readonly audit: AuditLog,
  ) {}

  async template(kind: KpiImportKind): Promise<{ buffer: Buffer; fileName: string }> {
    const lastMonth = monthLabel(addMonths(monthOf(new Date()), -1));
    const buffer = await importTemplate(kind, await this.targets.definitions(), lastMonth);
    return { buffer, fileName: kind === 'ratios' ? '指标数据导入模板.xlsx' : '预测数据导入模板.xlsx' };
  }

  /**
   * All or nothing: any row error rejects the whole file (422, every error listed by row and
   * column) and writes nothing; otherwise every figure is written in one transaction, replacing
   * an earlier import of the same person, month and KPI (or brand). A dry run reports the same
   * counts without writing.
   */
  async import(principal: Principal, kind: KpiImportKind, buffer: Buffer, fileName: string, dryRun: boolean): Promise<KpiImportReportDto> {
    const file = await readKpiFile(buffer, fileName);
    checkShape(kind, file);
    const scopePath = await this.scope.scopePathOf(principal);
    const usernames = [
      ...new Set(file.rows.map((r) => normaliseUsername(r.values[KPI_IMPORT_COLUMNS[kind].username] ?? '')).filter(Boolean)),
    ];
    const userIds = await this.figures.userIdsInScope(usernames, scopePath);
    const context: KpiImportContext = { userIdOf: (username) => userIds.get(username) ?? null, currentMonth: monthOf(new Date()) };
    const checked: Checked =
      kind === 'ratios'
        ? { kind, ...rejectErrors(file, checkRatioRows(file.rows, context, file.headers)) }
        : { kind, ...rejectErrors(file, checkForecastRows(file.rows, context)) };

    const records: Array<RatioRecord | ForecastRecord> = checked.records;
    const report = (replaced: number): KpiImportReportDto => ({
      dryRun,
      rows: records.length,
      people: new Set(records.map((r) => r.userId)).size,
      months: [...new Set(records.map((r) => monthLabel(r.month)))].sort(),
      created: records.length - replaced,
      replaced,
    });
    if (dryRun) return report(await this.countExisting(checked));
    return this.dataSource.transaction(async (manager) => {
      const replaced = await this.countExisting(checked, manager);
      if (checked.kind === 'ratios') await this.figures.upsertRatios(checked.records, principal.userId, manager);
      else await this.figures.upsertForecasts(checked.records, principal.userId, manager);
      const result = report(replaced);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: 'kpi.import',
          targetType: 'kpi',
          targetId: kind,
          details: { fileName, rows: result.rows, people: result.people, months: result.months, created: result.created, replaced },
        },
        manager,
      );
      return result;
    });
  }

  private countExisting(checked: Checked, manager?: EntityManager): Promise<number> {
    return checked.kind === 'ratios'
      ? this.figures.countExistingRatios(checked.records, manager)
      : this.figures.countExistingForecasts(checked.records, manager);
  }
}

function checkShape(kind: KpiImportKind, file: KpiFile): void {
  const missing = missingColumns(kind, file.headers);
  if (missing.length) {
    const other: KpiImportKind = kind === 'ratios' ? 'forecasts' : 'ratios';
    const error =
      missingColumns(other, file.headers).length > 0
        ? KpiErrors['kpi.import.missingColumns']
        : other === 'ratios'
          ? KpiErrors['kpi.import.looksLikeRatios']
          : KpiErrors['kpi.import.looksLikeForecasts'];
    const columns = missing.join('、');
    throw error({ columns, details: { errors: [{ row: 1, field: missing[0], message: error({ columns }).message }] } });
  }
  if (file.rows.length === 0 && file.faults.length === 0) {
    throw KpiErrors['kpi.import.noRows']({
      details: { errors: [{ row: 2, field: 'file', message: KpiErrors['kpi.import.noRows'].message }] },
    });
  }
  if (file.rows.length > MAX_KPI_IMPORT_ROWS)
    throw KpiErrors['kpi.import.tooManyRows']({ max: MAX_KPI_IMPORT_ROWS, rows: file.rows.length });
}

function rejectErrors<T>(file: KpiFile, checked: { records: T[]; errors: KpiImportError[] }): { records: T[] } {
  const errors = [...file.faults, ...checked.errors].sort((a, b) => a.row - b.row);
  if (errors.length === 0) return { records: checked.records };
  const details = { errors: errors.slice(0, MAX_LISTED_ERRORS) };
  throw errors.length > MAX_LISTED_ERRORS
    ? KpiErrors['kpi.import.invalidRowsListed']({ count: errors.length, listed: MAX_LISTED_ERRORS, details })
    : KpiErrors['kpi.import.invalidRows']({ count: errors.length, details });
}
