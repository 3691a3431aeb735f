import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/index.js';
import { readNote } from '../../src/editor/notes.js';
import { draftedVisits } from './helpers.js';

/**
 * A report of a tour always yields a visit: where the visits pass finds no site it trusts, the
 * best-supported place of the sentence that tells the visit is drafted, marked for review
 * (articles of our own, in the shapes of real reports).
 */
describe('the fallback visit of a report of a tour', () => {
  it.each([
    {
      shape: 'a machine-translated company page, every name in lower case',
      published: '2009-06-18',
      lines: [
        'Provincial party secretary came to visit the company',
        'IssuingTime:2009-06-18',
        'On June 16, fujian provincial party secretary led a research group to visit sanming.',
        'He encouraged the staff to work hard.',
      ],
      visit: ['sanming', '-', 'Sanming', 'Fujian', '2009-06-16'],
    },
    {
      shape: 'a feature recalling a tour, the county named after the dateline',
      published: '2019-08-13',
      lines: [
        'BEIJING, Aug. 13 (Xinhua) -- For Lankao, a poor county in central China’s Henan Province, an inspection tour by Xi Jinping in March 2014 changed a lot.',
        'Farmers there still talk about it.',
      ],
      visit: ['Lankao', 'Lankao County', 'Kaifeng', 'Henan', '2014-03'],
    },
    {
      shape: 'a feature’s "that was exactly where he was" in a village of a province',
      published: '2024-05-09',
      lines: [
        'BEIJING, May 9 (Xinhua) -- Where does Chinese President Xi Jinping do his work?',
        'On Tuesday morning, that was exactly where he was: among tea growers in a Miao village in Guizhou Province.',
      ],
      visit: ['Miao village', '-', 'Guizhou', 'Guizhou', '2024-05-07'],
    },
    {
      shape: 'a story told by a villager: the county the article names, not the province',
      published: '2015-04-03',
      lines: [
        'Villagers recall a visit',
        'Wang Lan, a 60-year-old villager from Hebei province, still smiles about it.',
        '"He came to our village and sat in my yard," she said.',
        'Wang is one of the farmers of Xigou village, Fuping county, who met President Xi Jinping.',
      ],
      visit: ['Fuping', 'Fuping County', 'Baoding', 'Hebei', '2015'],
    },
  ])('$shape', ({ published, lines, visit }) => {
    expect(draftedVisits(lines, published)).toEqual([visit]);
    const { collection } = draftArticle(lines.join('\n'), { date: published });
    // The editor reads the note as its code, with the place drafted.
    const notes = (collection.features[0]?.properties.review ?? []).map(readNote);
    expect(notes.find((n) => n.code === 'fallback-visit')?.params.place).toBe(visit[0]);
  });

  it.each([
    {
      shape: 'a visit by no leader',
      lines: ['Tourists visited Lankao county in central China’s Henan Province in March.'],
    },
    {
      shape: 'a leader named with no visit',
      lines: [
        'President Xi Jinping called for efforts to develop Lankao county in Henan Province.',
      ],
    },
  ])('drafts none for $shape', ({ lines }) => {
    expect(draftedVisits(lines, '2019-04-01')).toEqual([]);
  });
});
