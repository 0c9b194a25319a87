/**
 * The plain characters of a stem or option as the item-writing checks compare them: markup,
 * entities, whitespace and punctuation removed, Latin letters lower-cased. Digits stay, so two
 * calculations with different figures are different stems.
 */
export function itemText(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z]+;|&#\d+;/gi, '')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

/** Length as a candidate sees it: characters, not UTF-16 units or markup. */
export function visibleLength(text: string): number {
  return [...text.replace(/<[^>]*>/g, '').replace(/&[a-z]+;|&#\d+;/gi, '_').replace(/\s+/g, '')].length;
}
