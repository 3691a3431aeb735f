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
