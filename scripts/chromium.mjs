/**
 * Where the tests find Chromium: `CHROME_PATH`, then Debian's `/usr/bin/chromium`, then
 * Playwright's own browser if one was downloaded. Shared by `ensure-chromium.mjs`, the Vitest
 * config and the end-to-end tests.
 */
import { existsSync } from 'node:fs';

/** Flags for a headless Chromium on a machine with a closed network and no sandbox. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** @returns the path of a Chromium binary, or `undefined` when there is none. */
export async function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // Playwright has no browser of its own here.
  }
  return undefined;
}
