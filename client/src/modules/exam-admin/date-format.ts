const pad = (n: number) => String(n).padStart(2, '0')

/** "2026-12-05 09:30" in the browser's time zone (the county's, on its computers). */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return ''
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** A window on one day reads "2026-12-05 09:00 – 18:00"; across days, both ends in full. */
export function formatWindow(opensAt: string | Date, closesAt: string | Date): string {
  const from = formatDateTime(opensAt)
  const to = formatDateTime(closesAt)
  return from.slice(0, 10) === to.slice(0, 10) ? `${from} – ${to.slice(11)}` : `${from} – ${to}`
}

/** The value format of the el-date-picker fields. */
export const PICKER_FORMAT = 'YYYY-MM-DD HH:mm'
