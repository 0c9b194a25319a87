import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '../../../platform/database/query';

export interface MonthSittingRow {
  id: string;
  title: string;
  opensAt: Date;
  passPercent: number;
  /** The original sitting a make-up (补考) is of; null for an original. */
  makeupOf: string | null;
}

@Injectable()
export class MonthlySittingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The sittings that opened in a month (China Standard Time, [from, to) as 'YYYY-MM-01'), with every
   * make-up of them whenever it opened, originals first by opening time.
   */
  ofMonth(from: string, to: string): Promise<MonthSittingRow[]> {
    return queryRows<MonthSittingRow>(
      this.dataSource,
      `WITH originals AS (
         SELECT id FROM sitting
          WHERE makeup_of IS NULL
            AND opens_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
            AND opens_at < ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai')
       SELECT s.id, s.title, s.opens_at AS "opensAt", s.pass_percent::float8 AS "passPercent", s.makeup_of AS "makeupOf"
         FROM sitting s
        WHERE s.id IN (SELECT id FROM originals) OR s.makeup_of IN (SELECT id FROM originals)
        ORDER BY s.makeup_of IS NOT NULL, s.opens_at, s.id`,
      [from, to],
    );
  }

  /** The people of a unit's subtree (enabled accounts). */
  async peopleIn(unitPath: string): Promise<Set<string>> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `SELECT u.id FROM app_user u JOIN org_unit ou ON ou.id = u.unit_id WHERE NOT u.disabled AND starts_with(ou.path, $1)`,
      [unitPath],
    );
    return new Set(rows.map((r) => r.id));
  }
}
