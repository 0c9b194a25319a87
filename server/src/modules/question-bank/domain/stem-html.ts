import sanitizeHtml from 'sanitize-html';

/**
 * Stems, options and explanations may carry a little HTML (Moodle XML, the rich-text editor).
 * Only this allow-list survives; scripts, event handlers, styles and foreign URLs never reach a page.
 * Images may be inline (data:) or served by this app (/api/…).
 */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img', 'span', 'code', 'pre', 'blockquote'],
    allowedAttributes: { img: ['src', 'alt', 'width', 'height'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
    allowedSchemes: ['data'],
    allowedSchemesByTag: { img: ['data'] },
    allowProtocolRelative: false,
    exclusiveFilter: (frame) => frame.tag === 'img' && !/^(data:image\/(png|jpeg|gif|webp);base64,|\/api\/)/.test(frame.attribs.src ?? ''),
  }).trim();
}

/** True when the text holds markup worth keeping (so plain-text formats know to strip it). */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][\s\S]*?>/i.test(text);
}

/** Plain text of a rich-text value, for plain formats (GIFT, Aiken, CSV) and for search. */
export function richTextToPlain(html: string): string {
  if (!looksLikeHtml(html)) return html;
  return sanitizeHtml(html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p[^>]*>/gi, '\n'), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
}
