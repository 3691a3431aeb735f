/**
 * The whole-article test: the engine on the test corpus (`test/fixtures/corpus/`, articles of
 * our own in the shapes of real reports, each with its gold annotation), scored as
 * `npm run draft:eval` scores it. Each kind is held at a floor: where the engine stands now,
 * raised as it improves, up to the aims the engine is built for (`AIMS`). A change that drafts
 * worse fails here. The gold files themselves are checked too: every snippet is in its article.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Kind, precision, recall, scoreCorpus } from '../../scripts/corpus-compare.js';
import { readCorpus } from '../../scripts/corpus-gold.js';
import { ROOT } from '../helpers.js';

/** The aims on real reports (recall, precision), as fractions. */
const AIMS: Partial<Record<Kind, [number, number]>> = {
  'visits (place)': [0.9, 0.85],
  'direct quotes': [0.95, 0.95],
  'quote speakers': [0.9, 0],
  'quote visits': [0.9, 0],
  'reported statements': [0.75, 0],
  figures: [0.8, 0],
  'figure measure and scope': [0.75, 0],
  'reports with a visit': [1, 1],
};

/** Where the engine stands on the corpus (recall, precision): the test fails below these. */
const FLOORS: Partial<Record<Kind, [number, number]>> = {
  'visits (place)': [0.85, 0.91],
  'visits (place and date)': [0.8, 0.87],
  'visit dates (of matched visits)': [0.94, 0.94],
  'direct quotes': [0.97, 0.99],
  'quote speakers': [0.97, 0.99],
  'reported statements': [0.83, 0.85],
  'statement speakers': [0.82, 0.85],
  'visit leaders': [0.85, 0.91],
  'officials accompanying': [0.8, 0.8],
  figures: [0.96, 0.96],
  'figure measure and scope': [0.79, 0.79],
  'quote visits': [0.76, 0.78],
  'attachments to visits': [0.76, 0.76],
  'reports with a visit': [0.94, 1],
};

const corpus = readCorpus(resolve(ROOT, 'test/fixtures/corpus'));

describe('the draft engine on the test corpus', { timeout: 60_000 }, () => {
  const { scores, total } = scoreCorpus(corpus);

  it('has the articles and gold annotations to score, every snippet in its article', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    const errors = scores.flatMap((s) => s.errors.map((e) => `${s.slug}: ${e}`));
    // A snippet not in its article is a gold file to fix; `npm run draft:eval` lists them.
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it.each(Object.entries(FLOORS))('holds its floor: %s', (kind, floor) => {
    const row = total.get(kind as Kind);
    expect(row?.gold).toBeGreaterThan(0);
    const [r, p] = floor as [number, number];
    const aim = AIMS[kind as Kind] ?? [1, 1];
    expect(recall(row as never)).toBeGreaterThanOrEqual(Math.min(r, aim[0]));
    expect(precision(row as never)).toBeGreaterThanOrEqual(Math.min(p, aim[1]));
  });

  it('drafts no visit for a name the gold says was not visited, beyond the floor', () => {
    expect(total.get('visits for names not visited')?.drafted).toBeLessThanOrEqual(7);
  });
});
