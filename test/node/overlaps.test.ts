import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overlapsOf } from '../../src/editor/overlaps.js';
import type { VisitFeature } from '../../src/model/schema.js';
import { fixtureFolder } from '../helpers.js';

const held = JSON.parse(readFileSync(`${fixtureFolder('one-article')}/visits.geojson`, 'utf8')) as {
  features: VisitFeature[];
  articles: { id: string; title: string }[];
};
const LUOYANG = 'luoyang-bearing-2025-05-19';

/** A new visit: the fixture's Luoyang visit, from another article, changed by `change`. */
function added(change: (f: VisitFeature) => void): VisitFeature {
  const f = structuredClone(held.features.find((x) => x.id === LUOYANG) as VisitFeature);
  f.properties.article = 'another-article';
  change(f);
  return f;
}

describe('overlapsOf', () => {
  it('finds the same site on a date inside the held one, with the article that tells it', () => {
    const out = overlapsOf(held, [added((f) => (f.properties.visit.date = '2025-05'))]);
    expect(out).toEqual([
      {
        by: 'site',
        added: {
          id: LUOYANG,
          name: 'Luoyang Bearing Group Co., Ltd.',
          date: '2025-05',
          place: 'Luoyang, Henan',
        },
        existing: {
          id: LUOYANG,
          name: 'Luoyang Bearing Group Co., Ltd.',
          date: '2025-05-19',
          place: 'Luoyang, Henan',
          article: 'XI Focus: Fortify the backbone of innovation manufacturing',
        },
      },
    ]);
  });

  it('finds another site in the same city on the same day, and nothing on other days or in other cities', () => {
    const museum = added((f) => (f.properties.name = { en: 'Luoyang Museum' }));
    expect(overlapsOf(held, [museum]).map((o) => [o.by, o.existing.id])).toEqual([
      ['city', LUOYANG],
    ]);
    const later = added((f) => (f.properties.visit.date = '2025-05-20'));
    expect(overlapsOf(held, [later])).toEqual([]);
    const elsewhere = added((f) => {
      f.properties.name = { en: 'Zhengzhou Museum' };
      f.properties.place.city = { en: 'Zhengzhou' };
    });
    expect(overlapsOf(held, [elsewhere])).toEqual([]);
  });

  it('passes over a date that is half typed, and the held visit itself', () => {
    expect(overlapsOf(held, [added((f) => (f.properties.visit.date = '2025-0'))])).toEqual([]);
    const same = held.features.find((x) => x.id === LUOYANG) as VisitFeature;
    expect(overlapsOf(held, [same])).toEqual([]);
  });
});
