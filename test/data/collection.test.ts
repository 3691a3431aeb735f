import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { parseCollection } from '../../src/page/collection.js';
import { countsIn } from '../../src/page/collection-counts.js';

it('the shipped collection file states no counts (they come from the data)', () => {
  const path = resolve(import.meta.dirname, '../../data/collection.json');
  const collection = parseCollection(JSON.parse(readFileSync(path, 'utf8')));
  expect(countsIn(collection)).toEqual([]);
});
