/**
 * One rule, one smallest input: each test changes one field of the valid dataset and checks
 * the whole message, which names the record, the field path, what was expected and what was
 * found.
 */
import { describe, expect, it } from 'vitest';
import { parseVisits } from '../../src/model/load.js';
import { fixtureJson } from '../helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests reach into JSON of any shape on purpose.
type Json = any;
const LUOYANG = 'luoyang-bearing-2025-05-19';

/** The messages for the dataset after `change`. */
function messages(change: (d: Json) => void): string[] {
  const d = structuredClone(fixtureJson()) as Json;
  change(d);
  return parseVisits(d).problems.map((p) => p.message);
}

describe('validation messages', () => {
  it('says "or null" where null is allowed', () => {
    expect(messages((d) => (d.features[0].properties.facility = 5))).toEqual([
      `${LUOYANG}: properties.facility: expected an object or null, got 5`,
    ]);
    expect(messages((d) => (d.statistics[0].value = '80'))).toEqual([
      'traditional-industries-share-of-manufacturing: value: expected a number or null, got "80"',
    ]);
  });

  it('lists the allowed words of a choice', () => {
    expect(messages((d) => (d.features[0].properties.visit.dayPart = 'noon'))).toEqual([
      `${LUOYANG}: properties.visit.dayPart: expected "morning", "afternoon", "evening" or null, got "noon"`,
    ]);
    expect(messages((d) => (d.features[0].properties.location.precision = 'street'))).toEqual([
      `${LUOYANG}: properties.location.precision: expected "facility", "county", "city" or "province", got "street"`,
    ]);
  });

  it('names the item inside nested arrays and records', () => {
    expect(messages((d) => (d.features[0].properties.quotes[1].text = 5))).toEqual([
      `${LUOYANG}: properties.quotes.1.text: expected a string, got 5`,
    ]);
    expect(messages((d) => (d.features[0].properties.statistics[0].scope = 'x'))).toEqual([
      `${LUOYANG}: properties.statistics.0.scope: expected "site", "county", "city", "province" or "national", got "x"`,
    ]);
    expect(messages((d) => (d.features[0].properties.location.source.entry.name = 5))).toEqual([
      `${LUOYANG}: properties.location.source.entry.name: expected a string, got 5`,
    ]);
  });

  it('shows what does not add up in a passage', () => {
    expect(messages((d) => (d.features[0].properties.mention.end += 1))).toEqual([
      `${LUOYANG}: properties.mention: expected end - start equal to the length of text, got start 401 and end 519 (118 characters) around a text of 117`,
    ]);
  });

  it('reports the field a record-level rule is about, with that field’s value', () => {
    expect(messages((d) => (d.statistics[0].figure = 'almost 90%'))).toEqual([
      'traditional-industries-share-of-manufacturing: figure: expected words that stand in passage.text, got "almost 90%"',
    ]);
    expect(messages((d) => (d.features[0].properties.id = 'another-id'))).toEqual([
      `${LUOYANG}: properties.id: expected properties.id equal to the Feature id, got "another-id"`,
    ]);
  });

  it('hints at swapped coordinates from the ranges alone', () => {
    expect(messages((d) => (d.features[0].geometry.coordinates = [34.67345, 112.43684]))).toEqual([
      `${LUOYANG}: geometry.coordinates.1: expected a latitude from -90 to 90, got 112.43684 (are longitude and latitude swapped? GeoJSON puts longitude first)`,
    ]);
  });

  it('catches null and string coordinates', () => {
    expect(messages((d) => (d.features[0].geometry.coordinates = [null, 34]))).toEqual([
      `${LUOYANG}: geometry.coordinates.0: expected a number, got null`,
    ]);
    expect(messages((d) => (d.features[0].geometry.coordinates = '112.4,34.6'))).toEqual([
      `${LUOYANG}: geometry.coordinates: expected [longitude, latitude], got "112.4,34.6"`,
    ]);
    expect(messages((d) => (d.features[0].geometry = null))).toEqual([
      `${LUOYANG}: geometry: expected an object, got null`,
    ]);
  });

  it('takes a record that is not an object as one problem', () => {
    expect(messages((d) => (d.features[1] = [1, 2]))).toEqual([
      'features[1]: expected an object, got [1, 2]',
    ]);
    expect(messages((d) => d.statistics.push('x'))).toEqual([
      'statistics[3]: expected an object, got "x"',
    ]);
  });

  it('says when a record cites an article that was skipped for its own problems', () => {
    const found = messages((d) => {
      d.articles[0].section = 5;
      d.features.splice(1);
      d.statistics = [];
    });
    expect(found).toEqual([
      '000_dd285a5d4eecb2d0: section: expected a string or null, got 5',
      `${LUOYANG}: properties.article: expected the id of a valid article in "articles", got "000_dd285a5d4eecb2d0", an article skipped for its own problems`,
    ]);
    expect(messages((d) => (d.features[0].properties.article = 'other'))).toEqual([
      `${LUOYANG}: properties.article: expected the id of a valid article in "articles", got "other", which is not in "articles"`,
    ]);
  });

  it('cuts a long found string short', () => {
    expect(messages((d) => (d.features[0].properties.visit.date = 'x'.repeat(100)))).toEqual([
      `${LUOYANG}: properties.visit.date: expected an ISO 8601 date: YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY, got "${'x'.repeat(40)}…"`,
    ]);
  });
});
