/** Visit dates and figure scopes as a reader sees them, in English and Chinese, through Intl. */
import { describe, expect, it } from 'vitest';
import { formatVisitDate } from '../../src/components/format.js';
import { languageReady, stringsFor } from '../../src/components/strings.js';

// The Chinese text is a module loaded on demand.
await languageReady('zh-Hans');

describe('formatVisitDate', () => {
  it.each([
    ['2025-05-19', 'en-GB', '19 May 2025'],
    ['2025-05-19', 'en', 'May 19, 2025'],
    ['2025-W21', 'en-GB', 'week of 19 May 2025'],
    ['2025-01', 'en-GB', 'January 2025'],
    ['2025-01', 'en', 'January 2025'],
    ['2025', 'en-GB', '2025'],
    ['2025-05-19', 'zh-Hans', '2025年5月19日'],
    ['2025-W21', 'zh-Hans', '2025年5月19日当周'],
    ['2025-01', 'zh-Hans', '2025年1月'],
    ['2025', 'zh-Hans', '2025年'],
  ])('writes %s in %s as %j', (date, lang, expected) => {
    expect(formatVisitDate(date, lang)).toBe(expected);
  });

  it('writes a date that is none of the forms as it is (a visit not checked yet)', () => {
    expect(formatVisitDate('2025-W53', 'en')).toBe('2025-W53');
    expect(formatVisitDate('soon', 'zh-Hans')).toBe('soon');
  });
});

describe('scope labels', () => {
  it('name what a figure covers', () => {
    const en = stringsFor('en');
    const zh = stringsFor('zh-Hans');
    expect([
      en.scopeLabel('site', ''),
      en.scopeLabel('city', 'Luoyang'),
      en.scopeLabel('province', 'Henan'),
      en.scopeLabel('national', ''),
    ]).toEqual(['Site figure', 'Luoyang city figure', 'Henan province figure', 'National figure']);
    expect([
      zh.scopeLabel('site', ''),
      zh.scopeLabel('city', '洛阳市'),
      zh.scopeLabel('province', '河南省'),
      zh.scopeLabel('national', ''),
    ]).toEqual(['本地点数据', '洛阳市数据', '河南省数据', '全国数据']);
  });
});
