/** A text cut into the pieces a search term matched and the rest, for <mark> without v-html. */
export interface HighlightPiece {
  text: string
  hit: boolean
}

/** Case-insensitive, longest term first where two overlap; terms as the server returned them. */
export function highlightPieces(text: string, terms: readonly string[]): HighlightPiece[] {
  const words = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length)
  if (!words.length || !text) return text ? [{ text, hit: false }] : []
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi')
  const pieces: HighlightPiece[] = []
  let at = 0
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), hit: false })
    pieces.push({ text: match[0], hit: true })
    at = match.index + match[0].length
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false })
  return pieces
}

/** The part of a long text around its first hit, so a match deep in an explanation is still seen. */
export function excerptAround(text: string, terms: readonly string[], width = 60): string {
  const lower = text.toLowerCase()
  const first = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0))
  if (!Number.isFinite(first) || text.length <= width) return text.length <= width ? text : `${text.slice(0, width)}…`
  const start = Math.max(0, first - Math.floor(width / 3))
  return `${start > 0 ? '…' : ''}${text.slice(start, start + width)}${start + width < text.length ? '…' : ''}`
}
