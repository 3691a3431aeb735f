/**
 * `npm run draft -- A.txt B.txt C.txt`: three articles of our own (test/fixtures/reports/), a
 * flash that gives the weekday and a feature that gives the day and more quotes, both telling
 * one visit to the Luoyang bearing maker, and a third telling a visit there a year later.
 * Drafted together: two visits, not three; the first holds the quotes of both articles, each at
 * its offsets in its own text; the later one stays apart; the checker finds nothing but notes.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VisitsCollection } from '../../src/model/merge.js';
import { visitSources } from '../../src/model/reports.js';
import { checkDataCommand, draftCommand as draft, ROOT } from '../helpers.js';

const FIXTURES = resolve(ROOT, 'test/fixtures/reports');
const NAMES = ['luoyang-flash', 'luoyang-feature', 'luoyang-return'];
const dir = mkdtempSync(join(tmpdir(), 'draft-several-'));
const articles = join(dir, 'data', 'articles');
mkdirSync(articles, { recursive: true });
for (const name of NAMES)
  copyFileSync(join(FIXTURES, `${name}.txt`), join(articles, `${name}.txt`));
const textOf = (id: string) => readFileSync(join(articles, `${id}.txt`), 'utf8');

// The commands run in this process (the command tests run each as a process once).
const out = join(dir, 'data', 'visits.geojson');
const drafted = await draft(...NAMES.map((n) => join(articles, `${n}.txt`)), '--out', out);

describe('npm run draft with several articles', () => {
  const collection = JSON.parse(readFileSync(out, 'utf8')) as VisitsCollection;
  const [first, later] = collection.features;

  it('drafts 2 visits, not 3, and says so', () => {
    expect(drafted.status).toBe(0);
    expect(drafted.stderr).toMatch(
      /^draft: 3 articles, 2 visits \(1 told by more than one article\), \d+ quotes/,
    );
    expect(collection.articles.map((a) => a.id)).toEqual(NAMES);
    expect(collection.features.map((f) => [f.properties.article, f.properties.visit.date])).toEqual(
      [
        ['luoyang-flash', '2025-05-19'],
        ['luoyang-return', '2026-05-27'],
      ],
    );
  });

  it('keeps in the first visit the quotes of both articles, each at its offsets in its own text', () => {
    const p = first?.properties;
    // The flash's quote, and the feature's told in the sentence after its visit.
    const quotes = p?.quotes.map((q) => [q.article ?? p.article, q.text]);
    expect(quotes?.slice(0, 2)).toEqual([
      ['luoyang-flash', 'We must keep the lifeline of the real economy in our own hands'],
      ['luoyang-feature', 'Manufacturing is the foundation of a strong country'],
    ]);
    expect(quotes?.slice(2).every(([article]) => article === 'luoyang-feature')).toBe(true);
    expect(p?.reports?.map((r) => r.article)).toEqual(['luoyang-feature']);
    // Every passage of the visit, wherever it comes from, is its article's text at its offsets.
    const sources = p ? visitSources(p) : [];
    expect(new Set(sources.map((s) => s.article))).toEqual(new Set(NAMES.slice(0, 2)));
    for (const s of sources) {
      expect(textOf(s.article).slice(s.passage.start, s.passage.end)).toBe(s.passage.text);
    }
    expect(p?.review).toEqual([
      'the same visit as article luoyang-feature tells: the same site, the same date, 100% sure',
    ]);
  });

  it('keeps the visit a year later apart', () => {
    expect(later?.properties.name.en).toBe('Luoyang Bearing Group');
    expect(later?.properties.quotes.map((q) => q.text)).toEqual(['Keep to the road of innovation']);
    expect(later?.properties.reports).toBeUndefined();
  });

  it('passes npm run check-data but for the items marked for review', async () => {
    const { lines } = await checkDataCommand(ROOT, out);
    for (const line of lines.slice(0, -1)) expect(line).toContain('marked for review: ');
    expect(lines.at(-1)).toMatch(
      /: 3 articles, 2 visits, 0 figures(?: and \d+ quotes?)? outside visits: \d+ problems?$/,
    );
  });

  it('refuses --title with several articles, in one line', async () => {
    const r = await draft(
      join(articles, 'luoyang-flash.txt'),
      join(articles, 'luoyang-return.txt'),
      '--title',
      'T',
    );
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toBe('draft: --title describes one article: give it with one article file');
  });
});
