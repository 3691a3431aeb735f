/**
 * A page of an embedder's own, for the end-to-end tests: it loads the element and sets it up
 * from the query string, under the same strict policy as the page.
 *
 * - `?scenario=data`: the `one-article` fixture dataset given as the `data` property.
 * - `?scenario=payloads`: the injection corpus in every string field, valid and invalid.
 * - `?scenario=broken`: the dataset with two bad visits (swapped coordinates, a date that does
 *   not exist).
 * - `?scenario=src&src=URL`: the element fetches `src`.
 * - `?scenario=many&count=N`: N synthetic visits (`bench/data/`, seed 7) as `data`.
 * Any other parameter (`tiles`, `fetch-timeout`, `max-bytes`, `lang`…) becomes an attribute.
 */
import places from '../../../bench/data/places.json';
import { type Place, syntheticVisits } from '../../../bench/data/synthetic.mjs';
import '../../../src/components/inspection-map/define.js';
import { FIXTURE_VISITS_TEXT as raw } from '../../browser/fixture.js';
import { PAYLOADS, withPayloads } from '../../fixtures/inject.js';

const params = new URLSearchParams(location.search);
const root = document.getElementById('root') as HTMLElement;

function add(data?: unknown, attrs: Record<string, string> = {}) {
  const el = document.createElement('inspection-map');
  for (const [k, v] of params) if (k !== 'scenario' && k !== 'count') el.setAttribute(k, v);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data !== undefined) el.data = data;
  root.append(el);
}

const scenario = params.get('scenario') ?? 'data';
if (scenario === 'payloads') {
  const list = PAYLOADS.map((p) => p.payload);
  for (let at = 0; at < list.length; at += 24) {
    add(withPayloads(JSON.parse(raw), list.slice(at, at + 24), true));
  }
  add(withPayloads(JSON.parse(raw), list, false));
} else if (scenario === 'broken') {
  const d = JSON.parse(raw);
  d.features[0].geometry.coordinates = [...d.features[0].geometry.coordinates].reverse();
  d.features[1].properties.visit.date = '2025-02-30';
  add(d);
} else if (scenario === 'many') {
  const count = Number(params.get('count') ?? 2500);
  add(syntheticVisits({ count, seed: 7, base: JSON.parse(raw), places: places.places as Place[] }));
} else if (scenario === 'src') {
  add();
} else {
  add(JSON.parse(raw));
}
