/**
 * The editor's publish operation on a dataset folder (`scripts/publish-data.ts`): a drafted and
 * accepted article is written to `articles/`, its visits appended to `visits.geojson` with every
 * record already there kept byte for byte and the previous file kept as `visits.geojson.bak`;
 * the result passes the checker. Every refusal writes nothing.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/check-file.js';
import { PublishError, publishInto } from '../../scripts/publish-data.js';
import { draftArticle } from '../../src/draft/index.js';
import { acceptAll } from '../../src/editor/actions.js';
import { collectionOf } from '../../src/editor/publish.js';
import { emptySession } from '../../src/editor/session.js';
import { scanJson } from '../../src/model/json-text.js';
import { fixtureFolder, ROOT } from '../helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests reach into JSON of any shape on purpose.
type Json = any;

const ARTICLE = readFileSync(resolve(ROOT, 'test/fixtures/editor/xuzhou-article.txt'), 'utf8');

/** A copy of the one-article fixture, laid out as `<root>/data`. */
function dataset(): string {
  const data = join(mkdtempSync(join(tmpdir(), 'publish-')), 'data');
  cpSync(fixtureFolder('one-article'), data, { recursive: true });
  return data;
}

/** The request the editor sends after Draft and Accept all. */
function request(text = ARTICLE, id = 'xuzhou-2025-07-10'): Json {
  const { collection, spans } = draftArticle(text, { id });
  const s = acceptAll({ ...emptySession(), text, draft: collection, spans });
  return { article: text, visits: collectionOf(s, 'accepted') };
}

const files = (data: string) => readdirSync(data).sort();

describe('publishing into a dataset folder', () => {
  it('writes the article, appends the visits with the old records byte for byte, keeps the previous file, and passes the checker', () => {
    const data = dataset();
    const before = readFileSync(join(data, 'visits.geojson'), 'utf8');
    const req = request();
    const done = publishInto(data, req);
    expect(done.article).toBe('data/articles/xuzhou-2025-07-10.txt');
    expect(done.visits).toEqual(req.visits.features.map((f: Json) => f.id));
    expect(done.total).toBe(3 + req.visits.features.length);
    expect(readFileSync(join(data, 'articles/xuzhou-2025-07-10.txt'), 'utf8')).toBe(ARTICLE);
    expect(readFileSync(join(data, 'visits.geojson.bak'), 'utf8')).toBe(before);
    const after = readFileSync(join(data, 'visits.geojson'), 'utf8');
    const old = JSON.parse(before);
    const now = JSON.parse(after);
    // Every record already there is there as it was, at its place, in the same JSON text.
    for (const key of ['articles', 'statistics', 'features']) {
      for (const [i, record] of old[key].entries()) expect(now[key][i]).toEqual(record);
    }
    // ... and in the same JSON text: each array's records up to its last one, untouched.
    for (const key of ['articles', 'statistics', 'features']) {
      const m = scanJson(before).members.get(key);
      expect(m?.items).toBeGreaterThan(0);
      expect(after).toContain(before.slice(m?.start, m?.lastEnd));
    }
    expect(now.articles.at(-1).file).toBe('data/articles/xuzhou-2025-07-10.txt');
    expect(checkFile(join(data, 'visits.geojson')).problems).toEqual([]);
    expect(files(data)).toEqual([
      'articles',
      'collection.json',
      'visits.geojson',
      'visits.geojson.bak',
    ]);
  });

  it('publishes the same article again in place of what it published, keeping the file before as .bak', () => {
    const data = dataset();
    const before = readFileSync(join(data, 'visits.geojson'), 'utf8');
    const first = publishInto(data, request());
    const published = readFileSync(join(data, 'visits.geojson'), 'utf8');
    // Corrected: the first visit renamed, its first quote rejected.
    const again = request();
    const visit = again.visits.features[0];
    visit.properties.name.en = 'Xuzhou Construction Machinery Group (corrected)';
    const dropped = visit.properties.quotes.shift();
    const done = publishInto(data, again);
    expect(done.replaced).toEqual(first.visits);
    expect(done.visits).toEqual(first.visits);
    expect(done.total).toBe(first.total);
    expect(readFileSync(join(data, 'visits.geojson.bak'), 'utf8')).toBe(published);
    const now = readFileSync(join(data, 'visits.geojson'), 'utf8');
    const json = JSON.parse(now);
    expect(json.articles.map((a: Json) => a.id)).toEqual([
      '000_dd285a5d4eecb2d0',
      'xuzhou-2025-07-10',
    ]);
    const names = json.features.map((f: Json) => f.properties.name.en);
    expect(names.filter((n: string) => n.includes('(corrected)'))).toHaveLength(1);
    expect(now).not.toContain(`"id": "${dropped.id}"`);
    // The other article's records are as they were, byte for byte, and the file passes the checker.
    const m = scanJson(before).members.get('features');
    expect(now).toContain(before.slice(m?.start, m?.lastEnd));
    expect(checkFile(join(data, 'visits.geojson')).problems).toEqual([]);
    expect(readFileSync(join(data, 'articles/xuzhou-2025-07-10.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('refuses another text under the article name and a failing check, writing nothing', () => {
    const data = dataset();
    publishInto(data, request());
    const published = readFileSync(join(data, 'visits.geojson'), 'utf8');
    const backup = readFileSync(join(data, 'visits.geojson.bak'), 'utf8');
    const refused = (input: Json) => {
      try {
        publishInto(data, input);
      } catch (error) {
        expect(error).toBeInstanceOf(PublishError);
        return error as PublishError;
      }
      throw new Error('published');
    };
    // Another text under the id the project holds: a different article, never a replacement.
    const renamed = refused(request(`${ARTICLE}\nA last line.\n`, 'xuzhou-2025-07-10'));
    expect(renamed.code).toBe('held');
    expect(renamed.message).toMatch(
      /^The project holds another text under the id xuzhou-2025-07-10 \(".+"\): this text is a different article, so it cannot replace that one; nothing was published\.$/,
    );
    // The same name with another text (a second article saved under the first one's id).
    const other = `${ARTICLE}\nA last line.\n`;
    const clash = request(other, 'xuzhou-2025-07-10');
    clash.visits.articles[0].id = 'another-id';
    for (const f of clash.visits.features) f.properties.article = 'another-id';
    const exists = refused(clash);
    expect(exists.code).toBe('exists');
    expect(exists.message).toContain('data/articles/xuzhou-2025-07-10.txt exists already');
    // A quote whose offsets do not hold its text: the checker's own message.
    const bad = request(other, 'xuzhou-second');
    const q = bad.visits.features[0].properties.quotes[0];
    q.start += 3;
    q.end += 3;
    const problems = refused(bad);
    expect(problems.code).toBe('problems');
    // The ids the first article took get "-2" in the merged file.
    expect(problems.problems.join('\n')).toContain(`quote ${q.id}-2 is not at ${q.start}–${q.end}`);
    expect(existsSync(join(data, 'articles/xuzhou-second.txt'))).toBe(false);
    expect(readFileSync(join(data, 'visits.geojson'), 'utf8')).toBe(published);
    expect(readFileSync(join(data, 'visits.geojson.bak'), 'utf8')).toBe(backup);
  });

  it('never writes outside the folder: a file path leading out, a link in articles/, a request of the wrong shape', () => {
    const data = dataset();
    const outside = join(data, '..', 'outside');
    cpSync(join(data, 'articles'), outside, { recursive: true });
    const before = readFileSync(join(data, 'visits.geojson'), 'utf8');
    const codeOf = (input: Json) => {
      try {
        publishInto(data, input);
        return 'published';
      } catch (error) {
        return (error as PublishError).code;
      }
    };
    for (const file of [
      '../outside/x.txt',
      'data/articles/../../x.txt',
      '/etc/x.txt',
      'data/articles/sub/x.txt',
    ]) {
      const req = request();
      req.visits.articles[0].file = file;
      expect(codeOf(req)).toBe('bad-request');
    }
    // A link at the article's name leading out: refused, and the file it points to untouched.
    writeFileSync(join(outside, 'target.txt'), 'kept');
    symlinkSync(join(outside, 'target.txt'), join(data, 'articles', 'xuzhou-2025-07-10.txt'));
    expect(codeOf(request())).toBe('exists');
    expect(readFileSync(join(outside, 'target.txt'), 'utf8')).toBe('kept');
    for (const input of [
      null,
      'text',
      { article: 5 },
      { article: 'x' },
      { article: 'x', visits: { articles: [] } },
    ])
      expect(codeOf(input)).toBe('bad-request');
    expect(readFileSync(join(data, 'visits.geojson'), 'utf8')).toBe(before);
    expect(existsSync(join(data, 'visits.geojson.bak'))).toBe(false);
  });

  it('merges nothing into a visits file with problems, and says so', () => {
    const data = dataset();
    const json = JSON.parse(readFileSync(join(data, 'visits.geojson'), 'utf8'));
    json.features[0].properties.visit.date = '2025-02-30';
    writeFileSync(join(data, 'visits.geojson'), JSON.stringify(json));
    try {
      publishInto(data, request());
      throw new Error('published');
    } catch (error) {
      expect((error as PublishError).code).toBe('existing-problems');
      expect((error as PublishError).problems[0]).toContain('2025-02-30');
    }
    expect(existsSync(join(data, 'articles/xuzhou-2025-07-10.txt'))).toBe(false);
  });
});
