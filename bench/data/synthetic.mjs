/**
 * Deterministic synthetic visits datasets for the benchmarks and the clustering tests. Pure: no
 * Node or DOM APIs, so the tests can run it in the browser and the benchmarks in Node.
 *
 * Every visit is valid under the schema and honest about what it is: its name says it is
 * synthetic, its place is a real GeoNames place with the base-map province that contains it, and
 * its passages (the visit's wording, the mention, one quote) are real passages of the source
 * article, copied with their offsets from the real visits, so every offset still holds.
 *
 * @module
 */

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const FIRST = Date.UTC(2013, 0, 1);
const LAST = Date.UTC(2025, 4, 22);

/**
 * Builds a visits FeatureCollection of `count` synthetic visits.
 *
 * @param {object} options
 * @param {number} options.count - visits to make.
 * @param {number} [options.seed=1] - the same seed gives the same dataset.
 * @param {object} options.base - the real dataset (`data/visits.geojson`, parsed): its
 *   `articles` are kept and its visits lend their passages.
 * @param {Array<[string, number, number, string, string, string, string]>} options.places -
 *   `[name, longitude, latitude, admin1, admin2, basemapId, province]`, as in `places.json`.
 * @returns {object} a FeatureCollection with `articles` and no national `statistics`.
 */
export function syntheticVisits({ count, seed = 1, base, places }) {
  const next = random(seed);
  const templates = base.features.map((f) => f.properties);
  const features = new Array(count);
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length];
    const [name, lng, lat, admin1, admin2, basemapId, province] =
      places[Math.floor(next() * places.length)];
    const date = new Date(FIRST + Math.floor(next() * ((LAST - FIRST) / DAY + 1)) * DAY)
      .toISOString()
      .slice(0, 10);
    const id = `synthetic-${String(i + 1).padStart(6, '0')}`;
    const quote = t.quotes[0];
    features[i] = {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties: {
        id,
        article: t.article,
        name: { en: `Synthetic site ${i + 1}` },
        organisation: { en: `Synthetic organisation ${i + 1}` },
        facility: null,
        industries: t.industries,
        place: {
          city: { en: name },
          province: admin1
            ? { en: province, geonamesAdmin1: admin1, basemapId }
            : { en: province, basemapId },
          country: 'CN',
        },
        visit: {
          date,
          precision: 'day',
          dayPart: null,
          articlePrecision: 'day',
          wording: t.visit.wording,
          resolution: 'Synthetic visit for benchmarks and tests: the date is drawn at random.',
          corroboration: [],
        },
        mention: t.mention,
        location: {
          precision: 'city',
          source: {
            ...t.location.source,
            entry: { name, country: 'CN', admin1, admin2, lat: String(lat), lng: String(lng) },
          },
        },
        quotes: quote ? [{ ...quote, id: `${id}-quote` }] : [],
        statistics: [],
      },
    };
  }
  return { type: 'FeatureCollection', articles: base.articles, statistics: [], features };
}
