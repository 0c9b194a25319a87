/**
 * Reads a number as typed on a phone: Chinese keyboards may give full-width digits (１２．５),
 * and people write thousands separators. Returns null for empty text, NaN when it is not a number.
 */
export function parseNumericText(text: string): number | null {
  const ascii = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[．。]/g, '.')
    .replace(/[－—]/g, '-')
    .replace(/[,，\s]/g, '')
  if (ascii === '') return null
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(ascii)) return Number.NaN
  return Number(ascii)
}
