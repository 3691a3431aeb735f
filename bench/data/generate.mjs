#!/usr/bin/env node
/**
 * Writes a synthetic visits dataset: `node bench/data/generate.mjs COUNT [SEED] [OUT]`.
 * `generate(count, seed)` is what the scale benchmark uses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticVisits } from './synthetic.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path) => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));

export function generate(count, seed = 1) {
  return syntheticVisits({
    count,
    seed,
    base: read('data/visits.geojson'),
    places: read('bench/data/places.json').places,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '1000', seed = '1', out = `visits-${count}.json`] = process.argv.slice(2);
  writeFileSync(out, JSON.stringify(generate(Number(count), Number(seed))));
  console.log(`${count} visits (seed ${seed}) → ${out}`);
}
