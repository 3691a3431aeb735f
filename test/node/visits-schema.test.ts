/**
 * The published format cannot drift from the schema module: `data/visits.schema.json` and the
 * README's reference are what `npm run schema` makes now, and the JSON Schema accepts and
 * refuses what the model does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readmeWithReference, SCHEMA_FILE, schemaText } from '../../scripts/visits-schema.js';
import { ROOT, readJson } from '../helpers.js';
import { collection, makeStatistic, makeVisit } from '../model/make-visits.js';

const committed = readFileSync(resolve(ROOT, SCHEMA_FILE), 'utf8');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(committed));
const errors = (data: unknown) =>
  validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('data/visits.schema.json', () => {
  it('is what npm run schema makes of src/model/schema.ts now (run it when this fails)', () => {
    expect(committed).toBe(schemaText());
  });

  it('is named by the shipped file', () => {
    expect((readJson('data/visits.geojson') as { $schema?: string }).$schema).toBe(
      './visits.schema.json',
    );
  });

  it('accepts the shipped file and every fixture dataset', () => {
    const fixtures = resolve(ROOT, 'test/fixtures/datasets');
    const files = [
      'data/visits.geojson',
      ...readdirSync(fixtures, { withFileTypes: true })
        .filter((d) => d.isDirectory() && d.name !== 'texts')
        .map((d) => `test/fixtures/datasets/${d.name}/data/visits.geojson`),
    ];
    for (const file of files) expect([file, errors(readJson(file))]).toEqual([file, []]);
  });

  it('accepts each form of date with its precision, and refuses a precision that disagrees', () => {
    const week = makeVisit('w', '2025-W21', (p) => {
      p.visit.precision = 'week';
    });
    expect(errors(collection([week, makeVisit('y', '2025')]))).toEqual([]);
    const wrong = makeVisit('m', '2025-01', (p) => {
      p.visit.precision = 'day';
    });
    expect(errors(collection([wrong]))).toContain(
      '/features/0/properties/visit/precision must be equal to constant',
    );
  });

  it('wants loose quotes to name their article, and loose city figures their area', () => {
    const quote = {
      id: 'q',
      kind: 'direct',
      speaker: null,
      lang: 'en',
      start: 0,
      end: 1,
      text: 'x',
    };
    expect(errors(collection([], { quotes: [quote] }))).toEqual([
      "/quotes/0 must have required property 'article'",
    ]);
    expect(errors(collection([], { statistics: [makeStatistic('c', 'city')] }))).toContain(
      "/statistics/0 must have required property 'area'",
    );
    expect(errors(collection([], { statistics: [makeStatistic('n', 'national')] }))).toEqual([]);
  });
});

describe("the README's reference of the format", () => {
  it('is what npm run schema makes of the schema now (run it when this fails)', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(readmeWithReference(readme));
  });

  it('lists every field with its allowed values', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    for (const row of [
      /\| `precision` +\| `"day"` \\\| `"week"` \\\| `"month"` \\\| `"year"` +\| no/,
      /\| `scope` +\| `"site"` \\\| `"county"` \\\| `"city"` \\\| `"province"` \\\| `"national"` +\| yes/,
      /\| `speaker` +\| non-empty string or `null` +\| yes/,
      /\| `precision` +\| `"facility"` \\\| `"county"` \\\| `"city"` \\\| `"province"` +\| yes/,
    ]) {
      expect(readme).toMatch(row);
    }
  });
});
