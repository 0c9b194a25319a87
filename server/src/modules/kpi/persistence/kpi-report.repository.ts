import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RATIO_KPIS, type RatioKpi } from '../domain/kpi-definitions';
import type { MonthlyBrandForecast, MonthlyRatio } from '../domain/person-history';
import { queryRows } from '../../../platform/database/query';
import { keyBrandSql } from './unit-month-sql';

export interface PersonRef {
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
}

export interface PersonWithPath extends PersonRef {
  unitPath: string;
}

/** One person's figures over a run of months. */
@Injectable()
export class KpiReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async person(userId: string): Promise<PersonWithPath | null> {
    const rows = await queryRows<PersonWithPath>(
      this.dataSource,
      `SELECT a.id AS "userId", a.username, a.display_name AS "displayName", a.unit_id AS "unitId", u.name AS "unitName", u.path AS "unitPath"
         FROM app_user a JOIN org_unit u ON u.id = a.unit_id WHERE a.id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  /** One person's ratio figures from `first` to `last` inclusive (months 'YYYY-MM-01'). */
  async personRatios(userId: string, first: string, last: string): Promise<MonthlyRatio[]> {
    const rows = await queryRows<{ month: string; kpi: RatioKpi; numerator: string; denominator: string }>(
      this.dataSource,
      `SELECT to_char(month, 'YYYY-MM-DD') AS month, kpi, numerator, denominator FROM kpi_ratio
        WHERE user_id = $1 AND month BETWEEN $2 AND $3 AND kpi = ANY($4::text[])`,
      [userId, first, last, RATIO_KPIS],
    );
    return rows.map((r) => ({ month: r.month, kpi: r.kpi, numerator: Number(r.numerator), denominator: Number(r.denominator) }));
  }

  /** One person's brand forecasts from `first` to `last` inclusive, brands in name order. */
  async personForecasts(userId: string, first: string, last: string): Promise<MonthlyBrandForecast[]> {
    const rows = await queryRows<{ month: string; brand: string; keyBrand: boolean; newBrand: boolean; forecast: string; actual: string }>(
      this.dataSource,
      `SELECT to_char(f.month, 'YYYY-MM-DD') AS month, f.brand, ${keyBrandSql('f', 'f.month')} AS "keyBrand",
              EXISTS (SELECT 1 FROM kpi_brand_list l WHERE l.year = extract(year FROM f.month)::int AND l.kind = 'new' AND l.brand = f.brand) AS "newBrand", f.forecast, f.actual FROM kpi_forecast f
        WHERE f.user_id = $1 AND f.month BETWEEN $2 AND $3 ORDER BY 1, 3 DESC, 2`,
      [userId, first, last],
    );
    return rows.map((r) => ({
      month: r.month,
      brand: r.brand,
      keyBrand: r.keyBrand,
      newBrand: r.newBrand,
      forecast: Number(r.forecast),
      actual: Number(r.actual),
    }));
  }
}
