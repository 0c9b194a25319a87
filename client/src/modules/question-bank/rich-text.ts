/**
 * Stems, options and explanations may carry a little HTML. They are never given to v-html: they are
 * parsed into an inert document and rebuilt as nodes from the server's own allow-list
 * (server/src/modules/question-bank/domain/stem-html.ts), so text typed in the editor and text that
 * came from the server render the same way and neither can run script. Blanks {{n}} become nodes
 * of their own so the preview can put an input there.
 */

export type RichNode =
  | { kind: 'text'; text: string }
  | { kind: 'blank'; index: number }
  | { kind: 'element'; tag: string; attrs: Record<string, string>; children: RichNode[] }

const ALLOWED_TAGS = new Set([
  'p', 'br', 'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th',
  'td', 'img', 'span', 'code', 'pre', 'blockquote',
])
const ALLOWED_ATTRS: Record<string, string[]> = {
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
}
/** Dropped with everything inside them (the rest of an unknown element keeps its text). */
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'select'])
const SAFE_IMAGE = /^(data:image\/(png|jpeg|gif|webp);base64,|\/api\/)/

export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][\s\S]*?>/i.test(text)
}

function splitBlanks(text: string, withBlanks: boolean): RichNode[] {
  if (!withBlanks) return text ? [{ kind: 'text', text }] : []
  const nodes: RichNode[] = []
  let last = 0
  for (const match of text.matchAll(/\{\{(\d+)\}\}/g)) {
    const at = match.index
    if (at > last) nodes.push({ kind: 'text', text: text.slice(last, at) })
    nodes.push({ kind: 'blank', index: Number(match[1]) })
    last = at + match[0].length
  }
  if (last < text.length) nodes.push({ kind: 'text', text: text.slice(last) })
  return nodes
}

function convert(node: Node, withBlanks: boolean): RichNode[] {
  if (node.nodeType === Node.TEXT_NODE) return splitBlanks(node.textContent ?? '', withBlanks)
  if (node.nodeType !== Node.ELEMENT_NODE) return []
  const element = node as Element
  const tag = element.tagName.toLowerCase()
  if (DROPPED_WITH_CONTENT.has(tag)) return []
  const children = [...element.childNodes].flatMap((child) => convert(child, withBlanks))
  if (!ALLOWED_TAGS.has(tag)) return children
  const attrs: Record<string, string> = {}
  for (const name of ALLOWED_ATTRS[tag] ?? []) {
    const value = element.getAttribute(name)
    if (value !== null) attrs[name] = value
  }
  if (tag === 'img' && !SAFE_IMAGE.test(attrs.src ?? '')) return []
  return [{ kind: 'element', tag, attrs, children }]
}

/** Parses rich text into safe nodes; plain text (no tags) stays one text node, line breaks kept. */
export function parseRichText(source: string, options: { blanks?: boolean } = {}): RichNode[] {
  const withBlanks = options.blanks ?? false
  if (!looksLikeHtml(source)) return splitBlanks(source, withBlanks)
  // DOMParser documents are inert: scripts do not run and images do not load while we read them.
  const doc = new DOMParser().parseFromString(`<body>${source}</body>`, 'text/html')
  return [...doc.body.childNodes].flatMap((child) => convert(child, withBlanks))
}

/** The text a reader sees, for diffs and summaries. */
export function richTextToPlain(source: string): string {
  const walk = (nodes: RichNode[]): string =>
    nodes
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.text
          case 'blank':
            return `{{${node.index}}}`
          case 'element': {
            const inner = walk(node.children)
            if (node.tag === 'br') return '\n'
            if (node.tag === 'img') return node.attrs.alt ? `[${node.attrs.alt}]` : '[图]'
            return ['p', 'li', 'tr', 'blockquote', 'pre'].includes(node.tag) ? `${inner}\n` : inner
          }
        }
      })
      .join('')
  return walk(parseRichText(source, { blanks: true })).replace(/\n{2,}/g, '\n').trim()
}
