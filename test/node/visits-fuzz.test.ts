/**
 * Fuzzed visits files (random shapes, wrong types, article paths of every kind, numbers
 * JavaScript cannot read, other layouts) through `npm run check-data`'s check and the editor's
 * merge: nothing throws, no file outside the dataset's `data/articles/` is ever opened, and a
 * file the merge accepts comes out with every record already there exactly as it went in.
 */
import * as fs from 'node:fs';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it, vi } from 'vitest';
import baseMap from '../../data/basemap/basemap.topo.json' with { type: 'json' };
import { checkFile } from '../../scripts/check-file.js';
import { mergeText, readExisting } from '../../src/editor/existing-file.js';
import { type BaseMapTopology, baseMapFeatures } from '../../src/map/basemap-data.js';
import { fixtureFolder, fixtureJson } from '../helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests reach into JSON of any shape on purpose.
type Json = any;

const opened: string[] = [];
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return {
    ...real,
    openSync: (path: fs.PathLike, ...rest: never[]) => {
      opened.push(String(path));
      return (real.openSync as (...a: unknown[]) => number)(path, ...rest);
    },
  };
});

const provinces = baseMapFeatures(baseMap as unknown as BaseMapTopology).provinces.features;
const root = mkdtempSync(join(tmpdir(), 'visits-fuzz-'));
const data = join(root, 'data');
fs.cpSync(fixtureFolder(), data, { recursive: true });
fs.mkdirSync(join(root, 'outside'));
writeFileSync(join(root, 'outside', 'secret.txt'), 'secret');
symlinkSync(join(root, 'outside', 'secret.txt'), join(data, 'articles', 'link.txt'));
const articles = resolve(data, 'articles');
const visitsFile = join(data, 'visits.geojson');

const paths = fc.constantFrom(
  '../outside/secret.txt',
  '/etc/passwd',
  '/dev/zero',
  'data/articles/../../outside/secret.txt',
  'data/articles/link.txt',
  'data/articles/missing.txt',
  'data/articles/.hidden',
  'data\\articles\\x.txt',
  'data/articles/000_dd285a5d4eecb2d0.txt',
);
const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.constantFrom(null, true, [], {}, 'abc', 5, -1, 1e308),
  fc.array(fc.string(), { maxLength: 3 }),
);
const KEYS = ['articles', 'statistics', 'features', 'quotes'] as const;

/** A change to the fixture: a member, a record's field, or an article's file. */
const change = fc.oneof(
  fc.record({ kind: fc.constant('member'), key: fc.constantFrom(...KEYS, 'type'), value: junk }),
  fc.record({
    kind: fc.constant('field'),
    key: fc.constantFrom(...KEYS),
    index: fc.nat(3),
    field: fc.constantFrom('id', 'properties', 'geometry', 'sha256', 'title', 'passage', 'start'),
    value: junk,
  }),
  fc.record({ kind: fc.constant('file'), value: paths }),
  fc.record({
    kind: fc.constant('number'),
    value: fc.constantFrom('1e309', '12345678901234567890', '1e-400'),
  }),
);
const layout = fc.constantFrom<string | number | undefined>(undefined, 2, '\t', 4);

function apply(d: Json, c: Json): string | undefined {
  if (c.kind === 'member') d[c.key] = c.value;
  else if (c.kind === 'field') {
    const list = d[c.key];
    if (Array.isArray(list) && list[c.index] && typeof list[c.index] === 'object')
      list[c.index][c.field] = c.value;
  } else if (c.kind === 'file') {
    if (d.articles?.[0] && typeof d.articles[0] === 'object') d.articles[0].file = c.value;
  } else return c.value as string;
  return undefined;
}

describe('fuzzed visits files', () => {
  it('never throw in the checker or the merge, open nothing outside data/articles/, and keep every record as written', () => {
    const added = structuredClone(fixtureJson('two-articles')) as Json;
    added.articles = added.articles.slice(1);
    added.features = added.features.filter(
      (f: Json) => f.properties.article === added.articles[0].id,
    );
    added.statistics = [];
    let merges = 0;
    let articleReads = 0;
    fc.assert(
      fc.property(fc.array(change, { maxLength: 3 }), layout, (changes, indent) => {
        const d = structuredClone(fixtureJson()) as Json;
        let number: string | undefined;
        for (const c of changes) number = apply(d, c) ?? number;
        let text = JSON.stringify(d, null, indent);
        if (number) text = text.replace(/"start":\s*\d+/, `"start": ${number}`);
        writeFileSync(visitsFile, text);
        opened.length = 0;
        const { problems } = checkFile(visitsFile);
        expect(Array.isArray(problems)).toBe(true);
        for (const path of opened)
          expect(path === visitsFile || resolve(path).startsWith(`${articles}/`)).toBe(true);
        if (opened.length > 1) articleReads++;
        const read = readExisting('visits.geojson', new TextEncoder().encode(text), 'x', {
          provinces,
        });
        if (!read.ok) return;
        const merged = mergeText(read.file, added);
        merges++;
        expect(() => JSON.parse(merged)).not.toThrow();
        const before = parseTree(text)?.children ?? [];
        const after = new Map(
          (parseTree(merged)?.children ?? []).map((m) => [m.children?.[0]?.value, m.children?.[1]]),
        );
        for (const member of before) {
          const [key, value] = member.children ?? [];
          const out = after.get(key?.value);
          for (const [i, item] of (value?.children ?? []).entries()) {
            const kept = out?.children?.[i];
            expect(kept && merged.slice(kept.offset, kept.offset + kept.length)).toBe(
              text.slice(item.offset, item.offset + item.length),
            );
          }
        }
      }),
      { numRuns: 150, seed: 21 },
    );
    // The fuzz reached both: files read in data/articles/, and merges.
    expect(articleReads).toBeGreaterThan(10);
    expect(merges).toBeGreaterThan(10);
  }, 60_000);
});
