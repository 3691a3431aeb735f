import { describe, expect, it } from 'vitest';
import { inDateOrder } from '../../src/model/order.js';
import type { VisitFeature } from '../../src/model/schema.js';

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
