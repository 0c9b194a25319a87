import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { BrandKind, ListedBrand } from '../domain/brand-list';
import { execute, queryRows } from '../../../platform/database/query';

@Injectable()
export class KpiBrandListRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The year's list, key brands first, then by name. */
  async listOf(year: number, manager: EntityManager = this.dataSource.manager): Promise<ListedBrand[]> {
    return queryRows<{ brand: string; kind: BrandKind }>(
      manager,
      `SELECT brand, kind FROM kpi_brand_list WHERE year = $1 ORDER BY kind, brand`,
      [year],
    );
  }

  /** Replaces the year's list as a whole. */
  async replace(year: number, brands: readonly ListedBrand[], updatedBy: string, manager: EntityManager): Promise<void> {
    await execute(manager, 'DELETE FROM kpi_brand_list WHERE year = $1', [year]);
    if (brands.length === 0) return;
    await execute(
      manager,
      `INSERT INTO kpi_brand_list (year, brand, kind, updated_by, updated_at)
       SELECT $1, b.brand, b.kind, $4, now() FROM unnest($2::text[], $3::text[]) AS b(brand, kind)`,
      [year, brands.map((b) => b.brand), brands.map((b) => b.kind), updatedBy],
    );
  }
}
