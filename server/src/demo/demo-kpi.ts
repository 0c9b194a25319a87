import type { EntityManager } from 'typeorm';
import { addMonths, monthOf } from '../platform/calendar/month';
import type { RatioKpi } from '../modules/kpi/domain/kpi-definitions';
import { DEMO_USERS } from './demo-organisation';
import { execute, queryRows } from '../platform/database/query';

/** Three national key brands and two others, each with a typical monthly volume (cartons) for one customer manager. */
const BRANDS = [
  { brand: '中华(硬)', keyBrand: true, volume: 120 },
  { brand: '利群(新版)', keyBrand: true, volume: 260 },
  { brand: '云烟(软珍品)', keyBrand: true, volume: 180 },
  { brand: '红梅(软黄)', keyBrand: false, volume: 320 },
  { brand: '黄金叶(乐途)', keyBrand: false, volume: 90 },
];

const MONTHS = 6;

interface Ratio {
  userId: string;
  month: string;
  kpi: RatioKpi;
  numerator: number;
  denominator: number;
}

interface Forecast {
  userId: string;
  month: string;
  brand: string;
  keyBrand: boolean;
  forecast: number;
  actual: number;
}

/**
 * Plausible figures for every demo customer manager: the last six months up to this one, and the
 * same months a year earlier so price per carton has something to rise on. Each person keeps a
 * character (book size, habits) that drifts a little month to month; the same on every machine.
 */
export async function seedDemoKpis(manager: EntityManager, now: Date): Promise<{ ratios: number; forecasts: number }> {
  const usernames = DEMO_USERS.filter((u) => u.roles.includes('staff')).map((u) => u.username);
  const users = await queryRows<{ id: string; username: string }>(
    manager,
    'SELECT id, username FROM app_user WHERE username = ANY($1::text[]) ORDER BY username',
    [usernames],
  );
  const current = monthOf(now);
  const months = Array.from({ length: MONTHS }, (_, i) => addMonths(current, i - MONTHS + 1));
  const ratios: Ratio[] = [];
  const forecasts: Forecast[] = [];
  for (const { id, username } of users) {
    const character = prng(username);
    const person = {
      retailers: 80 + Math.floor(character() * 61),
      coverage: 0.5 + character() * 0.25,
      yearCoverage: 0.5 + character() * 0.2,
      effective: 0.7 + character() * 0.25,
      awareness: 0.55 + character() * 0.35,
      selfReported: 0.3 + character() * 0.4,
      push: 0.7 + character() * 0.28,
      exhausted: 0.05 + character() * 0.15,
      underused: 0.05 + character() * 0.2,
      surge: 0.3 + character() * 0.2,
      greetings: 0.4 + character() * 0.5,
      price: 180 + character() * 70,
      rise: 1.01 + character() * 0.05,
      cartonsPerRetailer: 15 + character() * 15,
      forecastMiss: 0.04 + character() * 0.2,
    };
    for (const [i, month] of months.entries()) {
      for (const [year, lastYear] of [[month, false] as const, [addMonths(month, -12), true] as const]) {
        const random = prng(`${username} ${year}`);
        const drift = (rate: number, spread = 0.05) => clamp(rate + (random() - 0.5) * 2 * spread + (lastYear ? -0.02 : 0.005 * i), 0, 1);
        const share = (kpi: RatioKpi, rate: number, denominator: number) =>
          ratios.push({ userId: id, month: year, kpi, numerator: Math.round(denominator * rate), denominator });
        const retailers = person.retailers + Math.round((random() - 0.5) * 6);
        share('guidance_coverage', drift(person.coverage), retailers);
        // distinct retailers guided since January, on course for about yearCoverage by December: some ahead of the 60 % pace, some behind
        const monthOfYear = Number(year.slice(5, 7));
        share('guidance_coverage_ytd', clamp((person.yearCoverage * monthOfYear) / 12 + (random() - 0.5) * 0.04, 0, 1), retailers);
        const guidanceCases = Math.round(retailers * drift(person.coverage) * (1.2 + random()));
        // market managers verify a sample of the cases on site; the rate is over the verified ones
        share('effective_guidance', drift(person.effective), Math.max(1, Math.round(guidanceCases * (0.25 + random() * 0.2))));
        share('awareness', drift(person.awareness), 20 + Math.floor(random() * 21));
        share('self_reported_orders', drift(person.selfReported), retailers * 4 + Math.floor(random() * 40));
        share('push_coverage', drift(person.push, 0.02), retailers);
        share('personal_service', drift(person.greetings, 0.08), retailers);
        const floating = Math.round(retailers * (0.6 + random() * 0.3));
        share('quota_exhausted', drift(person.exhausted, 0.04), floating);
        share('quota_underused', drift(person.underused, 0.04), floating);
        const cartonsSupplied = Math.round(retailers * person.cartonsPerRetailer);
        share('month_start_surge', clamp(person.surge + (random() - 0.5) * 0.1, 0, 1), cartonsSupplied);
        // most sell a little more than a year ago (the volume the price rise is conditional on); some do not
        const cartons = Math.round(retailers * person.cartonsPerRetailer * (lastYear ? 0.96 : 1) * (0.92 + random() * 0.16));
        const price = (lastYear ? person.price / person.rise : person.price) * (0.98 + random() * 0.04);
        ratios.push({
          userId: id,
          month: year,
          kpi: 'price_per_carton',
          numerator: Math.round(cartons * price * 100) / 100,
          denominator: cartons,
        });
        if (lastYear) continue;
        for (const { brand, keyBrand, volume } of BRANDS) {
          const actual = Math.max(1, Math.round(volume * (retailers / 110) * (0.8 + random() * 0.4)));
          const miss = (random() * 2 - 1) * person.forecastMiss;
          forecasts.push({ userId: id, month, brand, keyBrand, forecast: Math.max(0, Math.round(actual * (1 + miss))), actual });
        }
      }
    }
  }
  await insertRatios(manager, ratios);
  await insertForecasts(manager, forecasts);
  return { ratios: ratios.length, forecasts: forecasts.length };
}

async function insertRatios(manager: EntityManager, ratios: Ratio[]): Promise<void> {
  await execute(
    manager,
    `INSERT INTO kpi_ratio (user_id, month, kpi, numerator, denominator)
     SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[], $4::numeric[], $5::numeric[])
     ON CONFLICT DO NOTHING`,
    [
      ratios.map((r) => r.userId),
      ratios.map((r) => r.month),
      ratios.map((r) => r.kpi),
      ratios.map((r) => r.numerator),
      ratios.map((r) => r.denominator),
    ],
  );
}

async function insertForecasts(manager: EntityManager, forecasts: Forecast[]): Promise<void> {
  await execute(
    manager,
    `INSERT INTO kpi_forecast (user_id, month, brand, key_brand, forecast, actual)
     SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[], $4::boolean[], $5::numeric[], $6::numeric[])
     ON CONFLICT DO NOTHING`,
    [
      forecasts.map((f) => f.userId),
      forecasts.map((f) => f.month),
      forecasts.map((f) => f.brand),
      forecasts.map((f) => f.keyBrand),
      forecasts.map((f) => f.forecast),
      forecasts.map((f) => f.actual),
    ],
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** mulberry32 seeded from the text (FNV-1a): the same demo on every machine. */
function prng(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
