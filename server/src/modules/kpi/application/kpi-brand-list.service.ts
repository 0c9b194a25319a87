import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import { KpiErrors } from '../domain/kpi-errors';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { brandListProblems, brandName, type ListedBrand } from '../domain/brand-list';
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

  async replace(principal: Principal, year: number, input: readonly ListedBrand[]): Promise<{ year: number; brands: ListedBrand[] }> {
    const unitPath = principal.roles.includes('admin') ? null : await this.scope.unitPathOf(principal);
    if (!maySetTargets(principal.roles, unitPath)) throw KpiErrors['kpi.brandList.forbidden']();
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
