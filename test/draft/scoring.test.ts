/**
 * The scorer's comparisons: two spellings of one place compare equal, two places do not; a
 * measure fits when it says what the gold says, function words aside.
 */
import { describe, expect, it } from 'vitest';
import { measureFits, scoreArticle } from '../../scripts/corpus-compare.js';
import { placeKey } from '../../scripts/corpus-gold.js';

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
