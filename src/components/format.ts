/**
 * Dates and numbers for people, through `Intl` for the reader's language.
 *
 * @module
 */

/** `2025-05-19` → "19 May 2025" (en-GB style) or the locale's long date; the day is UTC. */
export function formatDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang || 'en', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

/** The weekday of an ISO date, in the locale. */
export function formatWeekday(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang || 'en', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** A figure's value with its unit: `80` with `%` → "80%"; other units follow the number. */
export function formatValue(value: number, unit: string | null, lang: string): string {
  if (unit === '%') {
    return new Intl.NumberFormat(lang || 'en', {
      style: 'percent',
      maximumFractionDigits: 2,
    }).format(value / 100);
  }
  const n = new Intl.NumberFormat(lang || 'en').format(value);
  return unit ? `${n} ${unit}` : n;
}
