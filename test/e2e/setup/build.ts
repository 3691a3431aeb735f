/**
 * The e2e project's global setup: one production build of the page (from the one-article
 * fixture, with its manifest) and of the library, into {@link BUILT}, made once before the
 * project's files run. The page, reading, policy, embedding and size tests all look at this
 * build; tests of other datasets or of the editor build their own.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildEnv, ROOT } from '../../helpers.js';

/** Where the shared build is, inside the repository. */
export const BUILT = 'dist/e2e-built';

/** Runs Vite's command line in its own process, as `npm run build` does. */
export function vite(args: string[], data?: string): void {
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), ...args], {
    cwd: ROOT,
    env: buildEnv(data),
    stdio: 'inherit',
  });
}

export default function setup(): void {
  vite(['build', '--outDir', BUILT, '--emptyOutDir', '--manifest', '--logLevel', 'error']);
  vite(['build', '-c', 'vite.lib.config.ts', '--outDir', BUILT, '--logLevel', 'error']);
}
