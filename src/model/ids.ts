/**
 * Free ids: the format's ids are unique in a file, so a new record whose id is taken takes the
 * first of `-2`, `-3`, … that is not.
 *
 * @module
 */

/** The format's form of an id: lower-case letters and digits, `-` or `_` between them. */
export const ID_FORM = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** `base`, else `base-2`, `base-3`, … the first that `taken` does not hold. */
export function freeId(base: string, taken: { has(id: string): boolean }): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
