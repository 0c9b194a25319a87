import type { EntityDecoderOptions } from 'fast-xml-parser';

/** Thrown by the parser when a document declares a DOCTYPE or uses an entity XML does not predefine. */
export class XmlDeclarationRefused extends Error {}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The entity decoder Kaoping's XML parser is configured with. fast-xml-parser hands every DOCTYPE it
 * reads to `addInputEntities`, wherever the DOCTYPE hides (behind a processing instruction, after a
 * CDATA section); this one refuses it there, so nothing a document declares is ever registered or
 * expanded. Only the five predefined entities and character references are decoded; any other
 * entity reference is refused too. A character reference to NUL or a surrogate decodes as written and
 * is caught later by the question's own limits (question-limits.ts).
 */
export function refusingEntityDecoder(): EntityDecoderOptions {
  return {
    addInputEntities: () => {
      throw new XmlDeclarationRefused('DOCTYPE');
    },
    setExternalEntities: () => undefined,
    reset: () => undefined,
    setXmlVersion: () => undefined,
    decode: (text) =>
      text.includes('&')
        ? text.replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([A-Za-z_][\w.-]*));/g, (whole: string, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
            if (name !== undefined) {
              const value = PREDEFINED[name];
              if (value === undefined) throw new XmlDeclarationRefused(`&${name};`);
              return value;
            }
            const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
            return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
          })
        : text,
  };
}
