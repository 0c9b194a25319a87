/** Full stops and commas a candidate may type at the end of a blank, Chinese or English, after NFKC. */
const TRAILING_PUNCTUATION = /[。.，,]+$/u;
const WHITE_SPACE = /\s+/gu;

/**
 * The form in which a fill-in blank is compared with its accepted answers. NFKC folds full-width
 * letters, digits and punctuation (Ａ１，) to half-width (A1,), the way Chinese input methods often
 * type them; case and white space never matter; a trailing 。 . ， or , is ignored.
 */
export function normalizeBlankText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(WHITE_SPACE, '').replace(TRAILING_PUNCTUATION, '');
}

export function isBlankText(text: string): boolean {
  return text.trim() === '';
}
