import { describe, expect, it } from 'vitest';
import { dateOrder, inDateOrder } from '../../src/model/order.js';
import type { VisitFeature } from '../../src/model/schema.js';
import { SummaryBuilder } from '../../src/model/summary.js';

const visit = (id: string, date: string) =>
  ({ id, properties: { visit: { date } } }) as unknown as VisitFeature;

describe('inDateOrder', () => {
  it('sorts by visit date, keeps the order of visits on the same day, and copies', () => {
    const visits = [
      visit('c', '2025-05-19'),
      visit('a', '2024-05-22'),
      visit('d', '2025-01-23'),
      visit('b', '2024-05-22'),
      visit('e', '1999-12-31'),
    ];
    expect(inDateOrder(visits).map((v) => v.id)).toEqual(['e', 'a', 'b', 'd', 'c']);
    expect(visits.map((v) => v.id)).toEqual(['c', 'a', 'd', 'b', 'e']);
  });
});

describe('SummaryBuilder', () => {
  it('gathers coordinates in the order asked, provinces, extent and day numbers', () => {
    const at = (id: string, date: string, lng: number, lat: number, province: string) =>
      ({
        id,
        geometry: { type: 'Point', coordinates: [lng, lat] },
        properties: { visit: { date }, place: { province: { basemapId: province } } },
      }) as unknown as VisitFeature;
    const visits = [
      at('luoyang', '2025-05-19', 112.43684, 34.67345, 'CN.HE'),
      at('rizhao', '2024-05-22', 119.52719, 35.41639, 'CN.SD'),
      at('benxi', '2025-01-23', 123.77062, 41.29413, 'CN.LN'),
    ];
    const builder = new SummaryBuilder();
    for (const v of visits) builder.add(v);
    expect(builder.dateKeys).toEqual([20250519 * 4, 20240522 * 4, 20250123 * 4]);
    const order = dateOrder(visits, builder.dateKeys);
    expect([...order]).toEqual([1, 2, 0]);
    const summary = builder.build(order);
    expect([...summary.coords]).toEqual([
      119.52719, 35.41639, 123.77062, 41.29413, 112.43684, 34.67345,
    ]);
    expect([...summary.provinces].sort()).toEqual(['CN.HE', 'CN.LN', 'CN.SD']);
    expect(summary.bounds).toEqual([34.67345, 112.43684, 41.29413, 123.77062]);
    expect(new SummaryBuilder().build().bounds).toBeNull();
  });
});
