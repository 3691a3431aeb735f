/**
 * Visit ids made again from what a visit says when it is published or downloaded
 * (`withCurrentIds`): a person's correction of the site or the date reaches the id, and so the
 * map's link to the visit; an id that still says what the visit is stays; joins follow their
 * visit; nothing else changes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/index.js';
import type { DraftCollection } from '../../src/editor/engine.js';
import { withCurrentIds } from '../../src/editor/publish.js';
import { ROOT } from '../helpers.js';

const drafted = (): DraftCollection =>
  draftArticle(readFileSync(resolve(ROOT, 'test/fixtures/articles/figure-owners.txt'), 'utf8'), {
    id: 'figure-owners',
  }).collection;

describe('ids as the items stand', () => {
  const draft = drafted();
  const [visit] = draft.features;
  const [figure] = visit?.properties.statistics ?? [];

  it("are the engine's own for a draft as it came: nothing corrected, nothing renamed", () => {
    const ids = (c: DraftCollection) => [
      ...c.features.flatMap((f) => [f.id, ...f.properties.statistics.map((s) => s.id)]),
      ...c.statistics.map((s) => s.id),
    ];
    expect(figure?.id).toMatch(/^population-/);
    expect(ids(withCurrentIds(draft).collection)).toEqual(ids(draft));
  });

  it('follow a corrected site and date; figure ids stay', () => {
    const c = structuredClone(draft);
    const v = c.features[0] as (typeof c.features)[number];
    v.properties.name = { en: 'Xiaoshi Village' };
    v.properties.visit = { ...v.properties.visit, date: '2025-W11', precision: 'week' };
    const s = v.properties.statistics[0] as (typeof v.properties.statistics)[number];
    s.measure = 'registered residents';
    s.period = null;
    s.periodWording = null;
    const { collection } = withCurrentIds(c);
    const [f] = collection.features;
    expect(f?.id).toBe('xiaoshi-village-2025-w11');
    expect(f?.properties.id).toBe('xiaoshi-village-2025-w11');
    expect(f?.properties.statistics[0]?.id).toBe(figure?.id);
    // The collection given is not changed; what ids do not carry stays as it was.
    expect(c.features[0]?.id).toBe('dali-village-2025-03-13');
    expect(f?.properties.quotes).toEqual(v.properties.quotes);
    expect(collection.articles).toEqual(c.articles);
    expect(collection.statistics.map((x) => x.measure)).toEqual(c.statistics.map((x) => x.measure));
  });

  it("stay when they still end with the visit's date and begin with its site's first word", () => {
    const c = structuredClone(draft);
    const v = c.features[0] as (typeof c.features)[number];
    v.id = 'dali-upland-farms-2025-03-13';
    v.properties.id = v.id;
    expect(withCurrentIds(c).collection.features[0]?.id).toBe('dali-upland-farms-2025-03-13');
    // Made coarser, the day left in the id is no longer true.
    v.properties.visit = { ...v.properties.visit, date: '2025-03', precision: 'month' };
    expect(withCurrentIds(c).collection.features[0]?.id).toBe('dali-village-2025-03');
  });

  it('follow a site a person named by hand, whole, until the visit is published', () => {
    const c = structuredClone(draft);
    const v = c.features[0] as (typeof c.features)[number];
    v.id = 'dali-upland-farms-2025-03-13';
    v.properties.id = v.id;
    v.properties.name = { en: 'Dali Village Cooperative' };
    const byHand = new Set([v.id]);
    // The first word alone no longer keeps the drafted name in the id.
    expect(withCurrentIds(c, {}, {}, byHand).collection.features[0]?.id).toBe(
      'dali-village-cooperative-2025-03-13',
    );
    // Published under an id, it keeps it, renamed or not.
    const published = { [v.id]: 'dali-upland-farms-2025-03-13' };
    expect(withCurrentIds(c, {}, published, byHand).collection.features[0]?.id).toBe(
      'dali-upland-farms-2025-03-13',
    );
  });

  it('stay unique, and carry a Same visit join to the new id', () => {
    const c = structuredClone(draft);
    const first = c.features[0] as (typeof c.features)[number];
    const second = { ...structuredClone(first), id: 'drafted-second' };
    second.properties.id = 'drafted-second';
    c.features.push(second);
    const { collection, joins } = withCurrentIds(c, { 'drafted-second': 'on-the-map-2024' });
    expect(collection.features.map((f) => f.id)).toEqual([
      'dali-village-2025-03-13',
      'dali-village-2025-03-13-2',
    ]);
    expect(joins).toEqual({ 'dali-village-2025-03-13-2': 'on-the-map-2024' });
  });
});
