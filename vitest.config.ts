import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = await findChromium();
/**
 * The dataset every Vite server and build of the tests reads (`INSPECTION_MAP_DATA`, see
 * scripts/vite-plugin-page-data.ts): a fixture, never the shipped `data/`, so that adding an
 * article to `data/` changes no test. The browser project's server, the e2e preview servers and
 * the builds all take it from here; a test that publishes names its own folder.
 */
process.env.INSPECTION_MAP_DATA = fileURLToPath(
  new URL('test/fixtures/datasets/one-article/data', import.meta.url),
);
/** Run before each test file in every project. */
const setupFiles = ['test/setup/lit-quiet.ts'];
/** Node tests of the model, the data, the scripts and the draft engine. */
const UNIT = [
  'test/model/**/*.test.ts',
  'test/data/**/*.test.ts',
  'test/node/**/*.test.ts',
  'test/draft/**/*.test.ts',
];
/**
 * Unit files that need modules of their own: one replaces `node:fs` (`vi.mock`), one imports
 * the package into a process that has not loaded Lit yet.
 */
const OWN_MODULES = ['test/node/entry.test.ts', 'test/node/visits-fuzz.test.ts'];
/**
 * Workers of every project, which all run at once: Vitest's default, a worker per core but
 * one, would leave one of 2 cores idle. Vitest requires the same count of projects that run
 * together; the browser project's are pages of one Chromium, the others' Node workers.
 */
const WORKERS = Math.max(2, availableParallelism() - 1);

/**
 * The browser files' Vite server prints its notes whatever the configured log level: its
 * dependencies bundled at the first run, another port taken while another run has the default.
 * A passing run prints nothing, so those notes are dropped. Its warnings and errors still print,
 * and so does a reload of the files' page for dependencies found late (Vitest warns of it).
 */
const quietServer: Plugin = {
  name: 'inspection-map:quiet-test-server',
  configResolved({ logger }) {
    const info = logger.info;
    logger.info = (message, options) => {
      if (message.includes('reloading')) info(message, options);
    };
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles,
          include: UNIT,
          exclude: [...configDefaults.exclude, ...OWN_MODULES],
          maxWorkers: WORKERS,
          // The files share each worker's modules: importing the engine, Lit and the model
          // once per worker instead of once per file takes the project from ~95 s of CPU to ~45.
          isolate: false,
        },
      },
      {
        test: {
          name: 'unit-isolated',
          environment: 'node',
          // A pool of its own: a worker the shared files have used is never handed to these.
          pool: 'threads',
          maxWorkers: WORKERS,
          setupFiles,
          include: OWN_MODULES,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          setupFiles,
          include: ['test/e2e/**/*.test.ts'],
          // The builds the files share (the page, the library, the editor, the embedding test
          // page, the datasets' pages), made once, before any file of any project runs.
          globalSetup: ['test/e2e/setup/build.ts'],
          // Two files at a time, beside the unit and browser files: each serves its own build
          // on a port of its own to a Chromium of its own, and writes only into its own folder.
          maxWorkers: WORKERS,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [quietServer],
        // The files' dependencies found afresh at every run: with the bundle of an earlier run,
        // one imported since (lit/directives/live.js by the editor) was found mid-run, and Vite
        // reloaded the page, failing the two files it was running.
        optimizeDeps: { force: true },
        test: {
          name: 'browser',
          setupFiles,
          include: ['test/browser/**/*.test.ts'],
          // Two files at a time, each in a page of its own (Vitest's parallel headless mode), so
          // each is shown and gets animation frames: pointer actions wait for 'stable' markers.
          maxWorkers: WORKERS,
          // A 1 MiB article pasted, stored and reloaded took over 20 s beside a CPU-heavy job.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium', viewport: { width: 1024, height: 800 } }],
          },
        },
      },
    ],
  },
});
