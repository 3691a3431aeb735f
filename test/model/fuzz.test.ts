/**
 * Property-based tests: whatever the input, the loader returns a dataset and a typed list of
 * problems, and never throws; a fault inside one visit never costs another visit.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type BaseMapTopology, baseMapFeatures } from '../../src/map/basemap-data.js';
import { type LoadResult, parseVisits } from '../../src/model/load.js';
import { BASEMAP_FILE } from '../../src/model/paths.js';
import { readVisitsBytes, readVisitsText } from '../../src/model/read.js';
import { VisitFeature } from '../../src/model/schema.js';
import { fixtureJson, readJson } from '../helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests reach into JSON of any shape on purpose.
type Json = any;
const provinces = baseMapFeatures(readJson(BASEMAP_FILE) as BaseMapTopology).provinces.features;
const RUNS = { json: 1000, anything: 500, mutations: 1000, bytes: 1000 };

/** What every result must be: lists of the right things, problems with every field a string. */
function wellFormed(r: LoadResult): void {
  expect(Array.isArray(r.visits) && Array.isArray(r.statistics) && Array.isArray(r.articles)).toBe(
    true,
  );
  for (const p of r.problems) {
    for (const key of ['record', 'path', 'expected', 'received', 'message'] as const) {
      expect(typeof p[key]).toBe('string');
    }
    expect(p.message.length).toBeGreaterThan(0);
  }
  for (const visit of r.visits) expect(v.is(VisitFeature, visit)).toBe(true);
  expect(r.visits.length).toBeLessThanOrEqual(r.counts.visits);
  if (r.visits.length < r.counts.visits) expect(r.problems.length).toBeGreaterThan(0);
}

/** Every path to a value in a JSON tree. */
function paths(node: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(node)) return here.concat(...node.map((x, i) => paths(x, [...at, i])));
  if (node && typeof node === 'object') {
    return here.concat(...Object.entries(node).map(([k, x]) => paths(x, [...at, k])));
  }
  return here;
}

const BASE = fixtureJson() as Json;
const ALL_PATHS = paths(BASE).filter((p) => p.length > 0);
const SPECIAL = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  1e308,
  '',
  ' ',
  null,
  [],
  {},
);

/** A change to one place in the dataset: a new value (any JSON, or a nasty one), or removal. */
const mutation = fc.record({
  path: fc.constantFrom(...ALL_PATHS),
  action: fc.oneof(
    fc.record({ kind: fc.constant('set' as const), value: fc.oneof(fc.jsonValue(), SPECIAL) }),
    fc.constant({ kind: 'delete' as const }),
    fc.constant({ kind: 'swap' as const }),
  ),
});

function apply(data: Json, m: Json): Json {
  const copy = structuredClone(data);
  const parent = m.path.slice(0, -1).reduce((o: Json, k: string | number) => o[k], copy);
  const key = m.path.at(-1);
  if (m.action.kind === 'set') parent[key] = m.action.value;
  else if (m.action.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key, 1);
    else delete parent[key];
  } else if (Array.isArray(parent[key]) && parent[key].length >= 2) parent[key].reverse();
  else parent[key] = String(parent[key]);
  return copy;
}

describe('parseVisits, fed anything', () => {
  it(`never throws on ${RUNS.json} arbitrary JSON values`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => wellFormed(parseVisits(json))),
      { numRuns: RUNS.json },
    );
  }, 60_000);

  it(`never throws on ${RUNS.anything} arbitrary JavaScript values, in a collection or not`, () => {
    const value = fc.anything({
      withNullPrototype: true,
      withBoxedValues: true,
      withSparseArray: true,
    });
    fc.assert(
      fc.property(value, fc.array(value), (x, features) => {
        wellFormed(parseVisits(x));
        wellFormed(
          parseVisits({ type: 'FeatureCollection', features, articles: [x], statistics: x }),
        );
      }),
      { numRuns: RUNS.anything },
    );
  }, 60_000);

  it(`keeps every untouched visit through ${RUNS.mutations} mutations of the valid dataset`, () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const data = apply(BASE, m);
        const r = parseVisits(data, { provinces });
        wellFormed(r);
        // A change inside one visit costs that visit at most, unless it gave it another's id.
        const [top, index] = m.path;
        if (top === 'features' && typeof index === 'number' && m.path.length > 2) {
          const ids = new Set(r.visits.map((f) => f.id));
          const changedId = data.features[index]?.id;
          BASE.features.forEach((f: Json, i: number) => {
            if (i !== index && f.id !== changedId) expect(ids.has(f.id)).toBe(true);
          });
        }
      }),
      { numRuns: RUNS.mutations },
    );
  }, 60_000);

  it(`reads ${RUNS.bytes} arbitrary byte strings and texts without throwing`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.string(), (bytes, text) => {
        const a = readVisitsBytes(bytes);
        const b = readVisitsText(text);
        for (const r of [a, b]) expect(r.ok || typeof r.problem.message === 'string').toBe(true);
      }),
      { numRuns: RUNS.bytes },
    );
  }, 60_000);
});
