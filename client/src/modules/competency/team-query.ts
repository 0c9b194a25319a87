import type { LocationQuery, LocationQueryRaw } from 'vue-router'

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const PAGE_SIZES = [20, 50, 100] as const
export const DEFAULT_PAGE_SIZE = 20

/** What the team page shows, as its address carries it so a link can be shared. */
export interface TeamQuery {
  unitId: string | null
  month: string
  page: number
  pageSize: number
}

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH.test(value)
}

/** YYYY-MM of the reader's own calendar (the department's day, not UTC's). */
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`
}

function single(value: LocationQuery[string] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first !== '' ? first : null
}

function positive(value: string | null, fallback: number): number {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

/** Reads the address; anything malformed falls back to the defaults rather than reaching the server. */
export function parseTeamQuery(query: LocationQuery, defaults: { unitId: string | null; month: string }): TeamQuery {
  const unit = single(query.unit)
  const month = single(query.month)
  const size = positive(single(query.size), DEFAULT_PAGE_SIZE)
  return {
    unitId: unit && UUID.test(unit) ? unit : defaults.unitId,
    month: isMonth(month) ? month : defaults.month,
    page: positive(single(query.page), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  }
}

/** The address of a view: unit and month always (so the link means the same next month), page and size when not the first. */
export function teamQueryToRoute(query: TeamQuery): LocationQueryRaw {
  const route: LocationQueryRaw = { month: query.month }
  if (query.unitId) route.unit = query.unitId
  if (query.page > 1) route.page = String(query.page)
  if (query.pageSize !== DEFAULT_PAGE_SIZE) route.size = String(query.pageSize)
  return route
}

/** A new unit or month starts again on the first page. */
export function withChange(query: TeamQuery, change: Partial<TeamQuery>): TeamQuery {
  const next = { ...query, ...change }
  const moved = next.unitId !== query.unitId || next.month !== query.month || next.pageSize !== query.pageSize
  return moved && change.page === undefined ? { ...next, page: 1 } : next
}
