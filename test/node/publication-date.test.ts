import { describe, expect, it } from 'vitest';
import { publicationDate } from '../../src/draft/publication-date.js';

const BODY =
  "HEFEI, Jan. 1 (Xinhua) -- Chinese Premier Wen Jiabao visited a grain depot in Fuyang City, east China's Anhui Province, from Dec. 29 to 30, 2012, urging local officials to keep supplies steady.";
const TITLE = 'Premier Wen spends New Year weekend with grain workers';

describe('the publication date in the head of a pasted article', () => {
  it('is read in the shapes agencies and newspapers print it', () => {
    for (const line of [
      '11:39, January 02, 2013',
      '(Xinhua) 11:39, January 02, 2013',
      'Updated: 2013-01-02 11:39',
      'By Zhang Wei | China Daily | Updated: 2013-01-02 11:39',
      'Source: Xinhua| 2013-01-02 11:39:18|Editor: Li Na',
      'Published: Jan 2, 2013',
      'January 2, 2013 11:39 AM',
      '2013-01-02 11:39:00',
      'Wednesday, January 2, 2013',
    ])
      expect(publicationDate(`${TITLE}\n\n${line}\n\n${BODY}`), line).toBe('2013-01-02');
  });

  it('is an agency dateline’s own date when it gives the year', () => {
    expect(publicationDate(`${TITLE}\n\nBEIJING, Jan. 2, 2013 (Xinhua) -- Premier Wen said.`)).toBe(
      '2013-01-02',
    );
  });

  it('is none where the head gives no full date: never a date of the body or the title', () => {
    expect(publicationDate(`${TITLE}\n\n${BODY}`)).toBeNull();
    expect(
      publicationDate(
        `Premier Wen visited Anhui on Dec. 29, 2012, to inspect grain depots\n\n${BODY}`,
      ),
    ).toBeNull();
    expect(publicationDate(`${TITLE}\n\n${BODY}\n\nUpdated: 2013-01-02 11:39`)).toBeNull();
  });
});
