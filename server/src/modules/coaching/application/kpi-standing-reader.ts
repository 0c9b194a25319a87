import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Principal } from '../../identity/domain/principal';
import { KpiReportService } from '../../kpi/application/kpi-report.service';
import type { KpiStanding } from '../domain/coaching-matrix';

/**
 * The read-only port through which coaching reads KPI standings (decisions §23): the kpi module's
 * own report use case, with the caller's scope, looked up in the application (the kpi module does
 * not export it; once it does, inject it here instead). Only this file knows the kpi DTOs' shape.
 */
@Injectable()
export class KpiStandingReader {
  constructor(private readonly moduleRef: ModuleRef) {}

  private get reports(): KpiReportService {
    return this.moduleRef.get(KpiReportService, { strict: false });
  }

  /** Each customer manager's KPIs in a unit subtree for a month ('YYYY-MM'; the current one when absent). */
  async unitMonth(principal: Principal, unitId: string, month: string | undefined): Promise<Map<string, KpiStanding[]>> {
    const view = await this.reports.unit(principal, unitId, month, 1, 100_000);
    return new Map(view.page.map((p) => [p.userId, p.values.map(standing)]));
  }

  /** One person's KPIs in their latest month with figures, up to `month`. */
  async personLatest(principal: Principal, userId: string, month: string | undefined): Promise<KpiStanding[]> {
    const view = await this.reports.person(principal, userId, 2, month);
    const withData = [...view.months].reverse().find((m) => m.values.some((v) => v.value !== null));
    return withData?.values.map(standing) ?? [];
  }
}

function standing(v: { kpi: string; value: number | null; target: number | null; status: string }): KpiStanding {
  return { kpi: v.kpi, value: v.value, target: v.target, status: v.status };
}
