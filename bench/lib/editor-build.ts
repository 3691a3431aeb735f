/**
 * The editor as the benchmarks run it: built into a folder of their own, served by Vite's
 * preview server on a free loopback port, with Debian's Chromium (or `CHROME_PATH`) launched.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { type Browser, chromium } from 'playwright';
import { type PreviewServer, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

/** A built editor, served, and a browser to open it in; close both when done. */
export interface ServedEditor {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  server: PreviewServer;
  browser: Browser;
}

/**
 * Builds the editor (`vite.editor.config.ts`) into `out`, relative to `root`, serves it and
 * launches Chromium.
 *
 * @param minify - `false` keeps the functions' names for a trace; default `true`, as shipped.
 */
export async function serveEditorBuild(
  root: string,
  out: string,
  { minify = true }: { minify?: boolean } = {},
): Promise<ServedEditor> {
  execFileSync(
    process.execPath,
    [
      resolve(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '-c',
      'vite.editor.config.ts',
      '--outDir',
      out,
      '--logLevel',
      'error',
      ...(minify ? [] : ['--minify', 'false']),
    ],
    { cwd: root, stdio: 'inherit' },
  );
  const server = await preview({
    root,
    logLevel: 'error',
    build: { outDir: out },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const origin = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: CHROMIUM_ARGS,
  });
  return { origin, server, browser };
}
