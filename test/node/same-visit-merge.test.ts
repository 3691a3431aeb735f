/**
 * Joining a drafted visit to the existing file's visit in the file's text (`mergeText` with
 * joins): the flash and the return of test/fixtures/reports/ as `npm run draft` writes them,
 * the feature joined to the flash's visit. Written in the file's own indentation, or minified
 * as the file is; the ids the file uses are never reused; a join to a visit the file does not
 * have appends the visit instead.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/check-file.js';
import { publishInto } from '../../scripts/publish-data.js';
import { draftArticle } from '../../src/draft/index.js';
import { acceptAll } from '../../src/editor/actions.js';
import type { DraftCollection } from '../../src/editor/engine.js';
import { mergeText, readExisting } from '../../src/editor/existing-file.js';
import { collectionOf } from '../../src/editor/publish.js';
import { findSameVisits } from '../../src/editor/same-visits.js';
import { emptySession } from '../../src/editor/session.js';
import { mergeCollections, type VisitsCollection } from '../../src/model/merge.js';
import { ROOT } from '../helpers.js';

const textOf = (id: string) =>
  readFileSync(resolve(ROOT, `test/fixtures/reports/${id}.txt`), 'utf8');
const drafted = (id: string) => draftArticle(textOf(id), { id }).collection;
const before = mergeCollections([drafted('luoyang-flash'), drafted('luoyang-return')]).collection;
const feature = drafted('luoyang-feature');
const fileOf = (text: string) => {
  const read = readExisting('visits.geojson', new TextEncoder().encode(text), 'x'.repeat(64), {});
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('\n'));
  return read.file;
};

describe('a drafted visit joined to the file’s visit', () => {
  const pretty = fileOf(`${JSON.stringify(before, null, 2)}\n`);
  const [match] = findSameVisits(pretty, feature);
  const joins = { [match?.drafted ?? '']: match?.existing.id ?? '' };

  it('is found: the feature’s visit is the flash’s, the return’s is not', () => {
    expect(findSameVisits(pretty, feature).map((m) => [m.drafted, m.existing.id])).toEqual([
      [feature.features[0]?.id, before.features[0]?.id],
    ]);
    expect(match?.verdict).toMatchObject({ same: true, site: 'name', dates: 'same' });
  });

  it('is written in the file’s own indentation, the new items after the old', () => {
    const merged = mergeText(pretty, feature, joins);
    const json = JSON.parse(merged) as VisitsCollection;
    expect(merged).toBe(`${JSON.stringify(json, null, 2)}\n`);
    const [first] = json.features;
    expect(first?.properties.quotes.map((q) => q.article ?? first.properties.article)).toEqual([
      'luoyang-flash',
      'luoyang-feature',
      'luoyang-feature',
      'luoyang-feature',
      'luoyang-feature',
    ]);
    expect(first?.properties.statistics.map((s) => s.article)).toEqual(['luoyang-feature']);
    expect(json.features).toHaveLength(2);
  });

  it('keeps a minified file minified, and reuses no id the file has', () => {
    const minified = fileOf(JSON.stringify(before));
    const merged = mergeText(minified, feature, joins);
    expect(merged).not.toContain('\n');
    const json = JSON.parse(merged) as VisitsCollection;
    const ids = json.features.flatMap((f) => [
      ...f.properties.quotes.map((q) => q.id),
      ...f.properties.statistics.map((s) => s.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(json).toEqual(JSON.parse(mergeText(pretty, feature, joins)));
  });

  it('appends the visit when the file has no visit of that id', () => {
    const merged = JSON.parse(
      mergeText(pretty, feature, { [match?.drafted ?? '']: 'no-such-visit' }),
    ) as VisitsCollection;
    expect(merged.features).toHaveLength(3);
    expect(merged.features.slice(0, 2)).toEqual(before.features);
  });

  /** A project folder holding the flash and the return. */
  const project = () => {
    const data = join(mkdtempSync(join(tmpdir(), 'same-visit-')), 'data');
    mkdirSync(join(data, 'articles'), { recursive: true });
    for (const id of ['luoyang-flash', 'luoyang-return'])
      writeFileSync(join(data, 'articles', `${id}.txt`), textOf(id));
    writeFileSync(join(data, 'visits.geojson'), pretty.text);
    return data;
  };
  /** What the editor sends after Accept all: the review notes settled. */
  const acceptedOf = (id: string) => {
    const { collection, spans } = draftArticle(textOf(id), { id });
    const s = acceptAll({ ...emptySession(), text: textOf(id), draft: collection, spans });
    return collectionOf(s, 'accepted') as DraftCollection;
  };

  it('published again, takes its joined quotes and figures out first: the file is as after the first time', () => {
    const data = project();
    const request = {
      article: textOf('luoyang-feature'),
      visits: acceptedOf('luoyang-feature'),
      joins,
    };
    publishInto(data, request);
    const once = readFileSync(join(data, 'visits.geojson'), 'utf8');
    const again = publishInto(data, request);
    expect(again).toMatchObject({ visits: [before.features[0]?.id], total: 2, replaced: [] });
    expect(readFileSync(join(data, 'visits.geojson'), 'utf8')).toBe(once);
    expect(readFileSync(join(data, 'visits.geojson.bak'), 'utf8')).toBe(once);
  });

  it('refuses, in words, to publish again the article of a visit another report was joined to', () => {
    const data = project();
    const feature = {
      article: textOf('luoyang-feature'),
      visits: acceptedOf('luoyang-feature'),
      joins,
    };
    publishInto(data, feature);
    const once = readFileSync(join(data, 'visits.geojson'), 'utf8');
    let error: unknown;
    try {
      publishInto(data, {
        article: textOf('luoyang-flash'),
        visits: acceptedOf('luoyang-flash'),
        joins: {},
      });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'held' });
    expect((error as Error).message).toBe(
      `Nothing was published: the project holds this article, and its visit ${before.features[0]?.id} also holds what the article luoyang-feature tells (joined to it as the same visit): republishing would lose it.`,
    );
    expect(readFileSync(join(data, 'visits.geojson'), 'utf8')).toBe(once);
  });

  it('joins it when published to the project too, and names the visit it joined', () => {
    const data = project();
    const accepted = acceptedOf('luoyang-feature');
    const request = { article: textOf('luoyang-feature'), visits: accepted, joins };
    const done = publishInto(data, request);
    expect(done).toMatchObject({ visits: [before.features[0]?.id], total: 2 });
    const after = readFileSync(join(data, 'visits.geojson'), 'utf8');
    expect(after).toBe(mergeText(pretty, accepted, joins));
    expect(
      checkFile(join(data, 'visits.geojson')).problems.filter(
        (p) => !p.message.includes('marked for review'),
      ),
    ).toEqual([]);
  });
});
