import { describe, expect, it } from 'vitest';
import { draftedVisits, type VisitRow } from './helpers.js';

/**
 * The day of a visit in real agency reports' shapes, in sentences of our own: the day a caption
 * gives over the lead's week, and dates of other events (a clause about an earlier visit, a year
 * gone by) that are not the visit's. Each row: site name, county (or '-'), city, province, date.
 */
const SHAPES: { shape: string; published: string; text: string[]; visits: VisitRow[] }[] = [
  {
    shape:
      'the lead’s "this week" and the captions’ days: each site on its caption’s day, a described site too',
    published: '2020-09-18',
    text: [
      'Xi inspects Hunan',
      'CHANGSHA -- Xi Jinping inspected Hunan Province this week.',
      'Xi visited a rice cooperative in Rucheng county, Chenzhou.',
      'He also toured a museum in Changsha.',
      'Xi Jinping talks with farmers at a rice cooperative in Rucheng county, Chenzhou, Hunan Province, Sept. 16, 2020. (Xinhua)',
      'Xi Jinping visits a museum in Changsha, Hunan Province, Sept. 17, 2020. (Xinhua)',
    ],
    visits: [
      ['rice cooperative', 'Rucheng County', 'Chenzhou', 'Hunan', '2020-09-16'],
      ['museum', '-', 'Changsha', 'Hunan', '2020-09-17'],
    ],
  },
  {
    shape:
      'an aside about an earlier visit (", who last came to the province in March 2019,") and a year gone by told before the visit are not its date',
    published: '2020-09-17',
    text: [
      'Xi inspects Hunan',
      'CHANGSHA, Sept. 17 -- Xi Jinping visited a bamboo mill in Chenzhou, Hunan Province, on Wednesday.',
      'Xi, who last came to the province in March 2019, also went to a rice cooperative in Chenzhou.',
      'In 2016 the county was lifted out of poverty. Xi visited a clinic in Rucheng county.',
    ],
    visits: [
      ['bamboo mill', '-', 'Chenzhou', 'Hunan', '2020-09-16'],
      ['rice cooperative', '-', 'Chenzhou', 'Hunan', '2020-09-16'],
      ['clinic', 'Rucheng County', 'Chenzhou', 'Hunan', '2020-09-16'],
    ],
  },
];

describe('visit dates in real reports’ shapes', () => {
  it.each(SHAPES)('$shape', ({ published, text, visits }) => {
    expect(draftedVisits(text, published)).toEqual(visits);
  });
});
