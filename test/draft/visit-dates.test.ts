import { describe, expect, it } from 'vitest';
import { draftedVisits } from './helpers.js';

/**
 * Which date wording dates a visit (`src/draft/visit-dates.ts`), in sentences of our own shaped
 * like agency reports. Each row: site name, county (or '-'), city, province, date.
 */
describe('a year gone by in words describing the site', () => {
  it('is not the visit’s date: an apposition (", a meeting in 1929")', () => {
    const rows = draftedVisits(
      [
        'Xi tours Fujian',
        'FUZHOU, Sept. 17 -- Xi Jinping arrived in Longyan, Fujian Province, on Tuesday.',
        'Xi walked through the site of the party congress, a meeting in 1929 that set the rules of the army.',
      ],
      '2020-09-17',
    );
    expect(rows.find((r) => r[0] === 'site of the party congress')?.[4]).toBe('2020-09-15');
    expect(rows.map((r) => r[4])).not.toContain('1929');
  });

  it('is not the visit’s date: a participle (", first built in 1958")', () => {
    const rows = draftedVisits(
      [
        'Premier inspects flood works',
        'HEFEI, July 9 -- Premier Li Keqiang inspected flood works in Fuyang, Anhui Province, on Wednesday morning.',
        'In the afternoon he went to Wangjiaba, the site of a sluice gate first built in 1958 and rebuilt in 2004.',
      ],
      '2020-07-09',
    );
    expect(rows.find((r) => r[0] === 'Wangjiaba')?.[4]).toBe('2020-07-08');
    expect(rows.map((r) => r[4])).not.toContain('1958');
  });
});

describe('a site named again after the day it was told on', () => {
  it('takes the day named last before that sentence, within the lead’s range', () => {
    const rows = draftedVisits(
      [
        'Xi tours Gansu',
        'LANZHOU, Aug. 21 -- Xi Jinping made an inspection tour of Gansu Province from Monday to Wednesday.',
        'Xi visited a grain cooperative in Zhangye and the Hexi Corridor Museum in Jiuquan.',
        'On Tuesday morning, Xi went first to the cooperative in Zhangye, where he asked about the harvest.',
        'He urged officials to keep grain output stable.',
        'At the museum, Xi watched a puppet show and spoke about old trade routes.',
      ],
      '2019-08-21',
    );
    expect(rows).toEqual([
      ['grain cooperative', '-', 'Zhangye', 'Gansu', '2019-08-20'],
      ['Hexi Corridor Museum', '-', 'Jiuquan', 'Gansu', '2019-08-20'],
    ]);
  });
});
