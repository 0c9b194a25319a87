import { monthLabel, monthOf } from '../platform/calendar/month';
import type { DashboardManager } from './dashboard-data';
import { httpJson } from './http-client';
import type { LatencyRecorder } from './latency-stats';

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The manager endpoints measured, by the name they are reported under. */
export const DASHBOARD_ACTIONS = [
  'dashboard competency unit',
  'dashboard kpi unit',
  'dashboard competency person',
  'dashboard kpi person',
] as const;

/**
 * Managers browsing the dashboards while the exam runs: each session, after a think time of
 * 0.5–1.5 s, opens its unit's competency or KPI overview for this month, or one of its people's
 * competency record or KPI history (12 months).
 */
export async function browseDashboards(
  baseUrl: string,
  password: string,
  managers: DashboardManager[],
  sessions: number,
  until: number,
  stats: LatencyRecorder,
): Promise<void> {
  const month = monthLabel(monthOf(new Date()));
  await Promise.all(
    Array.from({ length: sessions }, async (_, i) => {
      const manager = managers[i % managers.length];
      const login = await httpJson(`${baseUrl}/api/auth/login`, 'POST', {}, { username: manager.username, password });
      let token = (login.json as { accessToken?: string } | null)?.accessToken;
      if (!token) throw new Error(`dashboard manager ${manager.username} could not log in: ${login.status}`);
      let tokenAt = Date.now();
      while (Date.now() < until) {
        await sleep(500 + Math.random() * 1000);
        if (Date.now() - tokenAt > 10 * 60_000) {
          const again = await httpJson(`${baseUrl}/api/auth/login`, 'POST', {}, { username: manager.username, password });
          token = (again.json as { accessToken: string }).accessToken;
          tokenAt = Date.now();
        }
        const action = pick(DASHBOARD_ACTIONS);
        const person = pick(manager.staffIds);
        const path = {
          'dashboard competency unit': `/api/competency/units/${manager.unitId}?month=${month}`,
          'dashboard kpi unit': `/api/kpi/units/${manager.unitId}?month=${month}`,
          'dashboard competency person': `/api/competency/people/${person}?months=12`,
          'dashboard kpi person': `/api/kpi/people/${person}?months=12`,
        }[action];
        const t = performance.now();
        const res = await httpJson(`${baseUrl}${path}`, 'GET', { authorization: `Bearer ${token}` }).catch(() => ({
          status: 0,
          json: null,
        }));
        stats.record(action, performance.now() - t, res.status === 200, res.status);
      }
    }),
  );
}
