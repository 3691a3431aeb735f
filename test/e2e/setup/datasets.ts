/**
 * The datasets the page is built from in `datasets.test.ts`, besides the one-article fixture:
 * each built once by the project's global setup (see `build.ts`) into {@link datasetOut}.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import places from '../../../bench/data/places.json' with { type: 'json' };
import { type Files, manyArticles, type Place } from '../../fixtures/datasets/make.js';
import { fixtureFolder } from '../../helpers.js';

/** Writes a dataset folder's files under a new temporary folder; returns its `data/`. */
function writeDataset(files: Files): string {
  const root = mkdtempSync(join(tmpdir(), 'inspection-map-data-'));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return join(root, 'data');
}

/** Each dataset's folder (laid out like `data/`), made when the build asks for it. */
export const DATASETS = {
  /** The one-article fixture with a second article, its figure and its visit appended. */
  two: () => fixtureFolder('two-articles'),
  empty: () => fixtureFolder('empty'),
  bare: () => fixtureFolder('bare'),
  many: () => writeDataset(manyArticles(500, 40, places.places as unknown as Place[])),
} as const;

export type DatasetName = keyof typeof DATASETS;

/** Where a dataset's page is built, inside the repository. */
export const datasetOut = (name: DatasetName): string => `dist/e2e-dataset-${name}`;
