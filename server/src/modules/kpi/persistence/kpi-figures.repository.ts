import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ForecastRecord, RatioRecord } from '../domain/kpi-import-rows';
import { execute, queryRows } from '../../../platform/database/query';

/**
 * Writes imported figures set-based: each statement takes the whole file as parallel arrays
 * (unnest), so 50,000 rows are one round trip rather than 50,000.
 */
@Injectable()
export class KpiFiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Username → id of the users with these usernames whose unit lies under scopePath (anywhere when null). */
  async userIdsInScope(usernames: string[], scopePath: string | null): Promise<Map<string, string>> {
    if (usernames.length === 0) return new Map();
    const rows = await queryRows<{ id: string; username: string }>(
      this.dataSource,
      `SELECT a.id, a.username FROM app_user a JOIN org_unit u ON u.id = a.unit_id
        WHERE a.username = ANY($1::text[]) AND ($2::text IS NULL OR starts_with(u.path, $2::text))`,
      [usernames, scopePath],
    );
    return new Map(rows.map((r) => [r.username, r.id]));
  }

  /** How many of these (person, month, KPI) figures exist already, i.e. would be replaced. */
  async countExistingRatios(records: readonly RatioRecord[], manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await queryRows<{ n: string }>(
      manager,
      `SELECT count(*) AS n FROM kpi_ratio r
         JOIN unnest($1::uuid[], $2::date[], $3::text[]) AS x(user_id, month, kpi) ON r.user_id = x.user_id AND r.month = x.month AND r.kpi = x.kpi`,
      [records.map((r) => r.userId), records.map((r) => r.month), records.map((r) => r.kpi)],
    );
    return Number(row.n);
  }

  async upsertRatios(records: readonly RatioRecord[], importedBy: string, manager: EntityManager): Promise<void> {
    await execute(
      manager,
      `INSERT INTO kpi_ratio (user_id, month, kpi, numerator, denominator, imported_by, imported_at)
       SELECT x.user_id, x.month, x.kpi, x.numerator, x.denominator, $6, now()
         FROM unnest($1::uuid[], $2::date[], $3::text[], $4::numeric[], $5::numeric[]) AS x(user_id, month, kpi, numerator, denominator)
       ON CONFLICT (user_id, month, kpi) DO UPDATE
          SET numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, imported_by = EXCLUDED.imported_by, imported_at = EXCLUDED.imported_at`,
      [
        records.map((r) => r.userId),
        records.map((r) => r.month),
        records.map((r) => r.kpi),
        records.map((r) => r.numerator.toFixed(2)),
        records.map((r) => r.denominator.toFixed(2)),
        importedBy,
      ],
    );
  }

  /** How many of these (person, month, brand) forecasts exist already, i.e. would be replaced. */
  async countExistingForecasts(records: readonly ForecastRecord[], manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await queryRows<{ n: string }>(
      manager,
      `SELECT count(*) AS n FROM kpi_forecast f
         JOIN unnest($1::uuid[], $2::date[], $3::text[]) AS x(user_id, month, brand) ON f.user_id = x.user_id AND f.month = x.month AND f.brand = x.brand`,
      [records.map((r) => r.userId), records.map((r) => r.month), records.map((r) => r.brand)],
    );
    return Number(row.n);
  }

  async upsertForecasts(records: readonly ForecastRecord[], importedBy: string, manager: EntityManager): Promise<void> {
    await execute(
      manager,
      `INSERT INTO kpi_forecast (user_id, month, brand, key_brand, forecast, actual, imported_by, imported_at)
       SELECT x.user_id, x.month, x.brand, x.key_brand, x.forecast, x.actual, $7, now()
         FROM unnest($1::uuid[], $2::date[], $3::text[], $4::boolean[], $5::numeric[], $6::numeric[]) AS x(user_id, month, brand, key_brand, forecast, actual)
       ON CONFLICT (user_id, month, brand) DO UPDATE
          SET key_brand = EXCLUDED.key_brand, forecast = EXCLUDED.forecast, actual = EXCLUDED.actual, imported_by = EXCLUDED.imported_by, imported_at = EXCLUDED.imported_at`,
      [
        records.map((r) => r.userId),
        records.map((r) => r.month),
        records.map((r) => r.brand),
        records.map((r) => r.keyBrand),
        records.map((r) => r.forecast.toFixed(2)),
        records.map((r) => r.actual.toFixed(2)),
        importedBy,
      ],
    );
  }
}
