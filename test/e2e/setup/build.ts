/**
 * The e2e project's global setup: the builds its files share, made once before they run, into
 * {@link BUILT}: the page (from the one-article fixture, with its manifest), the library and the
 * editor; the embedding test page into `dist/e2e-embed`; and the page of each of the other
 * datasets (see `datasets.ts`). Two builds at a time. Made here, no test's hook waits for them
 * against its timeout (four pages took over two minutes on a busy machine). Tests of
 * publishing build their own.
 */
import { execFile, execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildEnv, ROOT } from '../../helpers.js';
import { DATASETS, type DatasetName, datasetOut } from './datasets.js';

/** Where the shared build is, inside the repository. */
export const BUILT = 'dist/e2e-built';

/**
 * Vite's command line, its configuration loaded through its module runner: the default, a
 * bundle of the configuration, prints its plugins' timings when the machine is busy.
 */
const VITE = () => [resolve(ROOT, 'node_modules/vite/bin/vite.js'), '--configLoader', 'runner'];
const options = (data?: string) => ({ cwd: ROOT, env: buildEnv(data) });

/** Runs Vite's command line in its own process, as `npm run build` does. */
export function vite(args: string[], data?: string): void {
  execFileSync(process.execPath, [...VITE(), ...args], { ...options(data), stdio: 'inherit' });
}

/** {@link vite} without blocking: builds that do not share an output folder run side by side. */
export async function viteAsync(args: string[], data?: string): Promise<void> {
  const { stderr } = await promisify(execFile)(process.execPath, [...VITE(), ...args], {
    ...options(data),
    maxBuffer: 16 * 1024 * 1024,
  });
  if (stderr) process.stderr.write(stderr);
}

export default async function setup(): Promise<void> {
  const quiet = ['--logLevel', 'error'];
  const datasets = (Object.keys(DATASETS) as DatasetName[]).map(
    (name) => () =>
      viteAsync(
        ['build', '--outDir', datasetOut(name), '--emptyOutDir', ...quiet],
        DATASETS[name](),
      ),
  );
  // The page build empties the folder the library and the editor are then written into.
  const shared = async () => {
    await viteAsync(['build', '--outDir', BUILT, '--emptyOutDir', '--manifest', ...quiet]);
    await viteAsync(['build', '-c', 'vite.lib.config.ts', '--outDir', BUILT, ...quiet]);
    await viteAsync(['build', '-c', 'vite.editor.config.ts', '--outDir', BUILT, ...quiet]);
  };
  const jobs = [
    shared,
    () => viteAsync(['build', '--config', 'test/e2e/pages/vite.config.ts', ...quiet]),
    ...datasets,
  ];
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) await job();
  };
  await Promise.all([worker(), worker()]);
}
