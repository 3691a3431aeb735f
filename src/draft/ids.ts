/**
 * Ids of drafted items: lower-case letters, digits and hyphens, as the format requires, unique
 * within one draft.
 *
 * @module
 */

/** "Luoyang Bearing Group Co., Ltd." → "luoyang-bearing-group"; at most `words` words. */
export function slug(text: string, words = 4): string {
  const parts = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(the|a|an|of|co|ltd|inc|corp)\b/g, ' ')
    .match(/[a-z0-9]+/g);
  return (parts ?? []).slice(0, words).join('-') || 'item';
}

/**
 * A quote's id before it is made unique: its visit's id without the date and then the quote's
 * first four words ("luoyang-bearing-we-must-keep"); on no visit (`null`), its first five words.
 */
export function quoteIdBase(text: string, visitId: string | null): string {
  return visitId ? `${visitId.replace(/-\d{4}(?:-[\dw]+)*$/, '')}-${slug(text, 4)}` : slug(text, 5);
}

/** Makes ids unique: the second "x" becomes "x-2". */
export function idMaker(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
