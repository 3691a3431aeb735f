/**
 * The scorer's comparisons: two spellings of one place compare equal, two places do not; a
 * measure fits when it says what the gold says, function words aside.
 */
import { describe, expect, it } from 'vitest';
import { measureFits, pairVisits, scoreArticle } from '../../scripts/corpus-compare.js';
import type { GoldVisit } from '../../scripts/corpus-gold.js';
import { placeKey } from '../../scripts/corpus-gold.js';
import { draftArticle } from '../../src/draft/index.js';

describe('placeKey', () => {
  it('drops the ethnic names and the level of an autonomous area', () => {
    expect(placeKey('Haixi Mongolian and Tibetan Autonomous Prefecture')).toBe('haixi');
    expect(placeKey('Guangxi Zhuang Autonomous Region')).toBe(placeKey('Guangxi'));
    expect(placeKey('Liangshan Yi autonomous prefecture')).toBe('liangshan');
  });

  it('keeps both words of Inner Mongolia', () => {
    expect(placeKey('Inner Mongolia Autonomous Region')).toBe('inner mongolia');
    expect(placeKey('Inner Mongolia')).toBe('inner mongolia');
  });

  it('drops "the city of" and a trailing level word', () => {
    expect(placeKey('the city of Luoyang')).toBe('luoyang');
    expect(placeKey('Wuyang County')).toBe('wuyang');
  });
});

describe('measureFits', () => {
  it('takes a relative pronoun for no word of the measure', () => {
    expect(measureFits('Red Army troops who died', 'Red Army troops died')).toBe(true);
    expect(measureFits('people who were evacuated', 'people evacuated')).toBe(true);
  });

  it('needs every content word of the gold, in not many more words', () => {
    expect(measureFits('Red Army troops in the battle', 'Red Army troops')).toBe(false);
    expect(measureFits('grass planted', 'area of grass')).toBe(false);
    expect(measureFits('grass planted', 'area of grass planted')).toBe(true);
    expect(
      measureFits('losses', 'losses of the families in flooded villages and towns last summer'),
    ).toBe(false);
  });
});

describe('visits for names not visited', () => {
  const text = [
    'Premier in Lanzhou',
    'LANZHOU, Aug. 9 -- Premier Li Qiang went to a dairy farm in Lanzhou on Wednesday.',
    'Li also visited a wool mill in Tianshui, where he talked with workers.',
  ].join('\n');
  const visit = (site: string, city: string) => ({
    site,
    place: { province: 'Gansu', city },
    precision: 'city' as const,
    date: '2023-08-09',
  });
  const notVisited = (visits: ReturnType<typeof visit>[]) =>
    scoreArticle({
      slug: 'lanzhou-scoring',
      text,
      gold: { published: '2023-08-10', visits, notVisits: ['LANZHOU'] },
    }).rows.get('visits for names not visited')?.drafted;

  it('counts no site that the gold visits in the dateline’s city', () => {
    expect(notVisited([visit('a dairy farm', 'Lanzhou'), visit('a wool mill', 'Tianshui')])).toBe(
      0,
    );
  });

  it('counts a drafted visit in the dateline’s city that no gold visit is in', () => {
    expect(notVisited([visit('a wool mill', 'Tianshui')])).toBe(1);
  });
});

describe('pairing gold and drafted visits', () => {
  const text = [
    'Premier in Gansu',
    'LANZHOU, Aug. 9 -- Premier Li Qiang went to a dairy farm in Lanzhou on Wednesday.',
    'Li also visited a wool mill in Tianshui, where he talked with workers.',
  ].join('\n');
  const score = (visits: GoldVisit[]) =>
    scoreArticle({ slug: 'gansu-pairing', text, gold: { published: '2023-08-10', visits } });

  it('never lets a province-level gold visit take the drafted visit a city-level one needs', () => {
    // The province-level visit fits both drafted visits and comes first in the gold; taking
    // Lanzhou's (the first that fits) would leave the dairy farm unmatched.
    const result = score([
      { site: null, place: { province: 'Gansu' }, precision: 'province', date: '2023-08-09' },
      {
        site: 'a dairy farm',
        place: { province: 'Gansu', city: 'Lanzhou' },
        precision: 'city',
        date: '2023-08-09',
      },
    ]);
    expect(result.rows.get('visits (place)')).toEqual({ gold: 2, drafted: 2, matched: 2 });
    expect(result.misses.filter((m) => m.startsWith('visit'))).toEqual([]);
  });

  it('pairs each gold visit with the drafted one whose name shares its words', () => {
    const pair = pairVisits(
      [
        { site: 'wool mill', place: { province: 'Gansu' }, precision: 'province', date: null },
        { site: 'dairy farm', place: { province: 'Gansu' }, precision: 'province', date: null },
      ],
      draftArticle(text, { id: 'gansu-pairing', date: '2023-08-10' }).collection.features as never,
    );
    expect([...pair].map(([i, d]) => [i, d.properties.place.city.en])).toEqual([
      [0, 'Tianshui'],
      [1, 'Lanzhou'],
    ]);
  });
});
