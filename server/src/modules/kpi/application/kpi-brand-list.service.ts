import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import { writeSheet } from '../../../platform/files/xlsx-sheet';
import { KpiErrors } from '../domain/kpi-errors';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { brandListProblems, brandName, type ListedBrand } from '../domain/brand-list';
import { BRAND_LIST_COLUMNS, brandListRows } from '../domain/brand-list-import';
import { readKpiFile } from './kpi-import-file';
import { maySetTargets } from '../domain/kpi-targets';
import { KpiBrandListRepository } from '../persistence/kpi-brand-list.repository';

/**
 * The department's brand list per year. It is the department's, like its targets: everyone signed in
 * reads it (it names brands, no one's figures); its head or an admin replaces it, audited.
 */
@Injectable()
export class KpiBrandListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lists: KpiBrandListRepository,
    private readonly scope: ScopeService,
    private readonly audit: AuditLog,
  ) {}

  async list(year: number): Promise<{ year: number; brands: ListedBrand[] }> {
    return { year, brands: await this.lists.listOf(year) };
  }

  /**
   * A year's list from a workbook (or CSV) with the columns 品牌 and 类别, replacing the year's list as a
   * whole: all or nothing, each wrong row named (422). A dry run checks and writes nothing.
   */
  async importList(principal: Principal, year: number, file: Buffer, fileName: string, dryRun: boolean) {
    await this.requireMaySet(principal);
    const sheet = await readKpiFile(file, fileName);
    const { brands, errors } = brandListRows(sheet.headers, sheet.rows);
    const all = [...sheet.faults, ...errors];
    if (all.length) throw KpiErrors['kpi.brandList.invalidRows']({ count: all.length, details: { errors: all } });
    if (dryRun) return { year, brands, written: false };
    return { ...(await this.replace(principal, year, brands)), written: true };
  }

  /** The import template: the two columns and an example of each kind. */
  async template(): Promise<Buffer> {
    return writeSheet(
      '品牌名单',
      [BRAND_LIST_COLUMNS.brand, BRAND_LIST_COLUMNS.kind],
      [
        ['中华(硬)', '全国重点品牌'],
        ['黄金叶(乐途)', '新品牌'],
      ],
    );
  }

  private async requireMaySet(principal: Principal): Promise<void> {
    const unitPath = principal.roles.includes('admin') ? null : await this.scope.unitPathOf(principal);
    if (!maySetTargets(principal.roles, unitPath)) throw KpiErrors['kpi.brandList.forbidden']();
  }

  async replace(principal: Principal, year: number, input: readonly ListedBrand[]): Promise<{ year: number; brands: ListedBrand[] }> {
    await this.requireMaySet(principal);
    const problems = brandListProblems(input);
    if (problems.length) throw KpiErrors['kpi.brandList.invalid']({ problems: problems.join('；'), details: { problems } });
    const brands = input.map((b) => ({ brand: brandName(b.brand), kind: b.kind }));
    await this.dataSource.transaction(async (manager) => {
      const before = await this.lists.listOf(year, manager);
      await this.lists.replace(year, brands, principal.userId, manager);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: 'kpi.brands.replace',
          targetType: 'kpi_brand_list',
          targetId: String(year),
          details: { before: before.length, after: brands.length },
        },
        manager,
      );
    });
    return this.list(year);
  }
}
