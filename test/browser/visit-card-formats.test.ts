/**
 * The shared card (popup and list) for visits of every date precision, figures of every scope,
 * unnamed speakers and review notes, in English and Chinese.
 */
import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { languageReady, stringsFor } from '../../src/components/strings.js';

// The Chinese text is a module loaded on demand.
await languageReady('zh-Hans');

import { renderVisitCard, visitLabel } from '../../src/components/visit-card.js';
import { makeStatistic, makeVisit } from '../model/make-visits.js';

const hosts: HTMLElement[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.remove();
});

function card(visit: ReturnType<typeof makeVisit>, lang: string): HTMLElement {
  const host = document.createElement('div');
  hosts.push(host);
  document.body.append(host);
  render(
    renderVisitCard(
      visit,
      { strings: stringsFor(lang), lang, article: undefined, area: [], national: [] },
      'h',
    ),
    host,
  );
  return host;
}
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const texts = (host: HTMLElement, selector: string) =>
  [...host.querySelectorAll(selector)].map((e) => text(e));

const visit = makeVisit('v1', '2025-01', (p) => {
  p.review = ['date only to the month'];
  p.quotes = [
    {
      id: 'q1',
      kind: 'direct',
      speaker: null,
      lang: 'en',
      start: 0,
      end: 4,
      text: 'said',
      review: ['speaker not named'],
    },
  ];
  p.statistics = (['site', 'city', 'province', 'national'] as const).map((s) =>
    makeStatistic(s, s),
  );
});

describe('the visit card', () => {
  it('gives a month as a month, with no weekday, in English and Chinese', () => {
    const en = card(visit, 'en-GB');
    expect(text(en.querySelector('.visit-date time'))).toBe('January 2025');
    expect(en.querySelector('.visit-date time')?.getAttribute('datetime')).toBe('2025-01');
    expect(text(card(visit, 'zh-Hans').querySelector('.visit-date time'))).toBe('2025年1月');
    expect(visitLabel(makeVisit('v2', '2025-W21'), 'en-GB')).toBe(
      'Site v2, Luoyang, Henan, week of 19 May 2025',
    );
    expect(visitLabel(makeVisit('v3', '2025'), 'zh-Hans')).toBe('地点v3，洛阳市，河南省，2025年');
  });

  it('names a place once when its city is its province', () => {
    const whole = makeVisit('v5', '2025', (p) => {
      p.place.city = { ...p.place.province };
    });
    expect(visitLabel(whole, 'en-GB')).toBe('Site v5, Henan, 2025');
    expect(visitLabel(whole, 'zh-Hans')).toBe('地点v5，河南省，2025年');
  });

  it('shows every part of a quote split by "he said", each with its passage', () => {
    const split = makeVisit('v6', '2025', (p) => {
      p.quotes = [
        {
          id: 'q2',
          kind: 'direct',
          speaker: 'Li',
          lang: 'en',
          start: 10,
          end: 20,
          text: 'first part',
          parts: [
            { start: 10, end: 20, text: 'first part' },
            { start: 31, end: 42, text: 'second part' },
          ],
        },
      ];
    });
    const host = card(split, 'en');
    expect(texts(host, '.quote blockquote p')).toEqual(['first part', '… second part']);
    expect(
      [...host.querySelectorAll('.quote .ref')].map((r) => [
        r.getAttribute('data-start'),
        r.getAttribute('data-end'),
      ]),
    ).toEqual([
      ['10', '20'],
      ['31', '42'],
    ]);
    // The two passages are set apart, in the text and so in what a screen reader reads.
    expect(text(host.querySelector('.quote figcaption'))).toBe(
      'Li, Direct quote. Source: characters 10–20; Source: characters 31–42',
    );
    expect(text(card(split, 'zh-Hans').querySelector('.quote figcaption'))).toMatch(
      /第 10–20 个字符；来源：第 31–42 个字符$/,
    );
  });

  it('shows a figure as worded, and a passage that is a quote with its own marks only', () => {
    const pension = makeVisit('v7', '2008-05-01', (p) => {
      p.statistics = [
        {
          ...makeStatistic('s1', 'site'),
          measure: 'monthly pension',
          value: 500,
          unit: 'yuan',
          direction: null,
          figure: '500 yuan (US$70)',
          passage: { start: 0, end: 48, text: '"In 1997, I was paid 500 yuan (US$70) a month."' },
        },
      ];
    });
    const host = card(pension, 'en');
    expect(text(host.querySelector('.stat-value'))).toBe('500 yuan (US$70)');
    expect(text(host.querySelector('.stat-passage'))).toBe(
      '"In 1997, I was paid 500 yuan (US$70) a month."',
    );
    // A passage with no marks of its own is set in quotation marks; a figure with no
    // conversion is the number alone.
    const plain = card(visit, 'en');
    expect(texts(plain, '.stat-passage')[0]).toBe('“rose by 5%.”');
    expect(texts(plain, '.stat-value')[0]).toBe('5%');
  });

  it('keeps the weekday of a day', () => {
    const host = card(makeVisit('v4', '2025-05-19'), 'en-GB');
    expect(text(host.querySelector('.visit-date time'))).toBe('Monday, 19 May 2025');
  });

  it('labels each figure by what it covers', () => {
    expect(texts(card(visit, 'en'), '.stat-scope')).toEqual([
      'Site figure',
      'Luoyang city figure',
      'Henan province figure',
      'National figure',
    ]);
    expect(texts(card(visit, 'zh-Hans'), '.stat-scope')).toEqual([
      '本地点数据',
      '洛阳市数据',
      '河南省数据',
      '全国数据',
    ]);
  });

  it('says when the article names no speaker, and shows review notes', () => {
    const host = card(visit, 'en');
    expect(text(host.querySelector('.quote-speaker'))).toBe('Speaker not named in the article');
    expect(texts(host, '.review')).toEqual([
      'Marked for review: date only to the month',
      'Marked for review: speaker not named',
    ]);
  });
});

describe('who made the visit', () => {
  const passage = (start: number, text: string) => ({ start, end: start + text.length, text });
  const led = makeVisit('v3', '2025', (p) => {
    p.leader = {
      name: { en: 'Li Qiang', zh: '李强' },
      title: { en: 'Premier', zh: '国务院总理' },
      passage: passage(0, 'Premier Li Qiang'),
    };
    p.accompanied = [
      { name: { en: 'Wu Zhenglong' }, passage: passage(30, 'Wu Zhenglong') },
      { name: { en: 'Chen Yiqin', zh: '谌贻琴' }, passage: passage(47, 'Chen Yiqin') },
    ];
  });

  it('names the leader with their title and the officials accompanying, as a list', () => {
    const en = card(led, 'en');
    expect(texts(en, '.visit-leader, .visit-accompanied')).toEqual([
      'Visit by: Premier Li Qiang',
      'Accompanied by: Wu Zhenglong and Chen Yiqin',
    ]);
    const zh = card(led, 'zh-Hans');
    expect(texts(zh, '.visit-leader, .visit-accompanied')).toEqual([
      '视察者：国务院总理李强',
      '陪同：Wu Zhenglong和谌贻琴',
    ]);
    expect(zh.querySelector('.visit-leader span')?.getAttribute('lang')).toBe('zh-Hans');
  });

  it('gives the passages naming them under “How we know”', () => {
    const en = card(led, 'en');
    expect(text(en.querySelector('.card-provenance .card-officials'))).toBe(
      'Who, as the article names them: “Premier Li Qiang”, Source: characters 0–16; “Wu Zhenglong”, Source: characters 30–42; “Chen Yiqin”, Source: characters 47–57.',
    );
  });

  it('says the leader is not named where the record does not name one', () => {
    const en = card(makeVisit('v4', '2025'), 'en');
    expect(texts(en, '.visit-leader')).toEqual(['Visit by: not named']);
    expect(en.querySelector('.visit-accompanied, .card-officials')).toBeNull();
  });
});
