/**
 * The fixture datasets the behaviour tests own: the files on disk are the ones `make.ts`
 * builds, and every one is valid, with each article's digest and every passage's offsets
 * holding in its own article files.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import places from '../../bench/data/places.json' with { type: 'json' };
import { parseVisits } from '../../src/model/load.js';
import { checkPassages } from '../../src/model/passages.js';
import {
  COLLECTION,
  type Files,
  manyArticles,
  type Place,
  WRITTEN,
} from '../fixtures/datasets/make.js';
import { passage } from '../fixtures/datasets/passage.js';
import { FIXTURES } from '../helpers.js';

/** Every problem of a dataset folder's files, as the checker would find them. */
function problemsOf(files: Files): string[] {
  const data = parseVisits(JSON.parse(files.get('data/visits.geojson') ?? 'null'));
  const texts = new Map<string, string>();
  const out = data.problems.map((p) => p.message);
  for (const a of data.articles) {
    const text = files.get(a.file);
    if (text === undefined) out.push(`${a.id}: no file ${a.file}`);
    else if (createHash('sha256').update(text).digest('hex') !== a.sha256) {
      out.push(`${a.id}: digest`);
    } else texts.set(a.id, text);
  }
  return [...out, ...checkPassages(data, texts).map((p) => p.message)];
}

/** A dataset folder as it is on disk. */
function onDisk(name: string): Files {
  const files: Files = new Map();
  const walk = (dir: string) => {
    for (const e of readdirSync(resolve(FIXTURES, name, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else files.set(path, readFileSync(resolve(FIXTURES, name, path), 'utf8'));
    }
  };
  walk('');
  return files;
}

describe('fixture datasets', () => {
  it.each(Object.entries(WRITTEN))('%s on disk is what make.ts builds', (name, make) => {
    expect(onDisk(name)).toEqual(make());
  });

  it.each(['one-article', ...Object.keys(WRITTEN)])(
    '%s is valid, every passage in place',
    (name) => {
      expect(problemsOf(onDisk(name))).toEqual([]);
    },
  );

  it('gives the one-article fixture the collection file the others have', () => {
    expect(JSON.parse(onDisk('one-article').get('data/collection.json') ?? '')).toEqual(COLLECTION);
  });

  it('makes 500 valid visits over 40 articles', () => {
    const files = manyArticles(500, 40, places.places as unknown as Place[]);
    const data = parseVisits(JSON.parse(files.get('data/visits.geojson') ?? ''));
    expect([data.visits.length, data.articles.length, data.problems]).toEqual([500, 40, []]);
    expect(problemsOf(files)).toEqual([]);
  });
});

describe('passage', () => {
  const text = 'a 𠀋 b “said” b';
  it('counts UTF-16 code units, as JavaScript strings do', () => {
    // 𠀋 is one code point but two code units: counted in code points, “ would stand at 6.
    expect(passage(text, '“said”')).toEqual({ start: 7, end: 13, text: '“said”' });
    expect(text.slice(7, 13)).toBe('“said”');
  });

  it('refuses words that are missing or stand twice, unless told what precedes them', () => {
    expect(() => passage(text, 'c')).toThrow(/not in the text/);
    expect(() => passage(text, 'b')).toThrow(/more than once/);
    expect(passage(text, 'b', '”').start).toBe(14);
  });
});
