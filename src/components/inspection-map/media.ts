/** Whether the reader asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Apple keyboards say ⌘ where others say Ctrl. */
export function isApple(): boolean {
  const nav = globalThis.navigator as
    | (Navigator & { userAgentData?: { platform: string } })
    | undefined;
  return /mac|iphone|ipad/i.test(nav?.userAgentData?.platform ?? nav?.platform ?? '');
}

/** `value` when it is a positive number, else `fallback` (an attribute may hold anything). */
export function positive(value: number, fallback: number): number {
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * An element's language: its `lang` attribute, else the nearest ancestor's, when it is a valid
 * BCP 47 tag (canonicalised: `zh-hans` gives `zh-Hans`); else English.
 */
export function languageOf(element: Element & { lang: string }): string {
  const tag = element.lang || element.closest('[lang]')?.getAttribute('lang') || 'en';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * Resolves once the next frame is painted (a task queued from the frame's animation callback
 * runs after its rendering), or 100 ms later at most: a hidden page paints no frames.
 */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(resolve));
  });
