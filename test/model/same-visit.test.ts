/**
 * "Same visit": the same site (names compared without company forms, case and articles) or, for
 * a visit to a place as a whole, the same place; dates that overlap at their precision; the same
 * leader where both name one. Each case says why and how sure.
 */
import { describe, expect, it } from 'vitest';
import { sameVisit } from '../../src/model/same-visit.js';
import type { VisitProperties } from '../../src/model/schema.js';
import { makeVisit } from './make-visits.js';

type Change = (p: VisitProperties) => void;
const visit = (name: string, date: string, change: Change = () => {}) =>
  makeVisit('v', date, (p) => {
    p.name = { en: name };
    change(p);
  }).properties;
const inCity =
  (en: string, province = 'Henan'): Change =>
  (p) => {
    p.place.city = { en };
    p.place.province = { ...p.place.province, en: province };
  };
const county =
  (en: string): Change =>
  (p) => {
    p.place.county = { en };
  };
const leader =
  (en: string): Change =>
  (p) => {
    p.leader = { name: { en }, passage: { start: 0, end: 2, text: en.slice(0, 2) } };
  };

describe('sameVisit', () => {
  it.each([
    // [a, b, same, confidence, site, place, dates]
    ['Luoyang Bearing Group Co., Ltd.', 'the Luoyang Bearing group', 'name'],
    ['LUOYANG BEARING GROUP', 'Luoyang Bearing Co. Ltd', 'name'],
    ['Xiamen Port', 'Xiamen Port Container Terminal', 'name-part'],
  ] as const)('takes "%s" and "%s" for one site (%s)', (a, b, site) => {
    const r = sameVisit(visit(a, '2025-05-19'), visit(b, '2025-05-19'));
    expect(r).toMatchObject({ same: true, site, place: 'city', dates: 'same' });
    expect(r.confidence).toBe(site === 'name' ? 1 : 0.8);
  });

  it.each([
    ['2025-05-19', '2025-W21', 'within', 0.9],
    ['2025-05-19', '2025-05', 'within', 0.8],
    ['2025-W21', '2025-05', 'within', 0.8],
    ['2024-05-22', '2024', 'within', 0.6],
    ['2025-W22', '2025-06', 'overlap', 0.72],
    ['2025-W21', '2025-W21', 'same', 0.9],
  ] as const)('overlaps %s and %s at their precision (%s, %s)', (a, b, dates, confidence) => {
    const r = sameVisit(visit('Rizhao Port', a), visit('Rizhao Port', b));
    expect(r).toMatchObject({ same: true, dates, confidence });
  });

  it.each([
    ['two days apart', '2025-05-19', '2025-05-21'],
    ['a day outside the week', '2025-05-26', '2025-W21'],
    ['a year later', '2024-05-22', '2025-05'],
  ])('keeps one site on dates %s apart', (_, a, b) => {
    const r = sameVisit(visit('Rizhao Port', a), visit('Rizhao Port', b));
    expect(r).toMatchObject({ same: false, confidence: 0, site: 'name', dates: 'apart' });
  });

  it('keeps apart sites of one city on one day, and namesakes in other places', () => {
    const day = '2025-09-24';
    const park = visit('Hangzhou Robotics Park', day);
    expect(sameVisit(park, visit('Xixi Wetland Museum', day))).toMatchObject({
      same: false,
      site: 'different',
      place: 'city',
    });
    const xiyang = (change: Change) => visit('Xiyang Village', day, change);
    expect(
      sameVisit(xiyang(inCity('Jinzhong', 'Shanxi')), xiyang(inCity('Luoyang'))),
    ).toMatchObject({ same: false, site: 'name', place: 'different' });
    const inCounty = (name: string) => (p: VisitProperties) => county(name)(p);
    expect(
      sameVisit(xiyang(inCounty('Xiyang County')), xiyang(inCounty('Yuci District'))),
    ).toMatchObject({ same: false, place: 'different' });
  });

  it('lets the Chinese names decide where both have one', () => {
    const zh =
      (name: string): Change =>
      (p) => {
        p.name = { ...p.name, zh: name };
      };
    const a = visit('Benxi Steel', '2025-01-23', zh('本钢集团'));
    expect(
      sameVisit(a, visit('Bensteel Group', '2025-01-23', zh('本钢集团有限公司'))),
    ).toMatchObject({ same: true, site: 'name' });
    expect(sameVisit(a, visit('Benxi Steel', '2025-01-23', zh('鞍钢集团')))).toMatchObject({
      same: false,
      site: 'different',
    });
  });

  it('matches visits to a place as a whole by the place, less surely', () => {
    const town = (name: string, date: string, ...changes: Change[]) =>
      visit(name, date, (p) => {
        for (const c of changes) c(p);
      });
    const day = '2024-09-11';
    const flash = town('Zhangye', day, inCity('Zhangye', 'Gansu'));
    const feature = town('village', '2024-09', inCity('Zhangye', 'Gansu'));
    expect(sameVisit(flash, feature)).toMatchObject({
      same: true,
      site: 'place',
      confidence: 0.56,
    });
    const suide = town('Suide County', day, inCity('Yulin', 'Shaanxi'), county('Suide'));
    const suide2 = town('a village', day, inCity('Yulin', 'Shaanxi'), county('Suide County'));
    expect(sameVisit(suide, suide2)).toMatchObject({
      same: true,
      place: 'county',
      confidence: 0.8,
    });
    // A place as a whole is not a named site there.
    expect(
      sameVisit(flash, town('Zhangye Danxia Park', day, inCity('Zhangye', 'Gansu'))),
    ).toMatchObject({ same: false, site: 'different', place: 'city' });
    // A year and a city are not enough.
    expect(sameVisit(flash, town('Zhangye', '2024', inCity('Zhangye', 'Gansu')))).toMatchObject({
      same: false,
      confidence: 0.42,
    });
  });

  it('compares a visit placed at its province by the province', () => {
    const atProvince = visit('Bensteel Group', '2025-01', (p) => {
      p.place.city = { en: 'Liaoning' };
      p.location.precision = 'province';
    });
    expect(sameVisit(atProvince, visit('Bensteel Group', '2025-01-23'))).toMatchObject({
      same: true,
      place: 'province',
      confidence: 0.8,
    });
  });

  it('keeps apart two leaders at one site on one day', () => {
    const a = visit('Rizhao Port', '2024-05-22', leader('Xi Jinping'));
    expect(sameVisit(a, visit('Rizhao Port', '2024-05-22', leader('Li Qiang')))).toMatchObject({
      same: false,
      leader: 'different',
      confidence: 0,
    });
    expect(sameVisit(a, visit('Rizhao Port', '2024-05-22', leader('XI JINPING')))).toMatchObject({
      same: true,
      leader: 'same',
    });
    expect(sameVisit(a, visit('Rizhao Port', '2024-05-22'))).toMatchObject({
      same: true,
      leader: 'unknown',
    });
  });
});
