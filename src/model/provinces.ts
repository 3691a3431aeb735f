/**
 * Is a visit's point in the province it states? The provinces are passed in (the base map's
 * polygons), so the model depends on no map code.
 *
 * The base map is simplified: its coast runs up to a few kilometres from the true one and its
 * small islands are gone, so a true coastal city can fall just outside its province. A point
 * therefore counts as in its province when it lies inside the polygon or within
 * {@link PROVINCE_TOLERANCE_KM} of it. Measured against the 4,970 Chinese places of GeoNames
 * (`test/data/province-tolerance.test.ts`), 10 km accepts every place whose admin-1 code agrees
 * with its position, except a handful of offshore islands the simplified map dropped.
 *
 * @module
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, Geometry, Position } from 'geojson';
import { describe, type Problem } from './problems.js';

/** A province of the base map: `properties.id` such as `CN.HE`, `properties.name` "Henan". */
export type Province = Feature<Geometry, { id: string; name: string }>;

/** How far outside its stated province a point may lie, in kilometres. */
export const PROVINCE_TOLERANCE_KM = 10;

/** Mean Earth radius (IUGG), kilometres. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/**
 * Distance from a point to a polygon's outline, in kilometres; 0 when the point is inside.
 * Each edge is measured in a plane tangent at the point (equirectangular), which is within 1%
 * of the great-circle distance for the tens of kilometres this is used for.
 *
 * @param point - `[longitude, latitude]` in degrees.
 */
export function distanceToKm(point: Position, geometry: Geometry): number {
  const [lng = 0, lat = 0] = point;
  const polygons = polygonsOf(geometry);
  if (
    polygons.some((rings) => booleanPointInPolygon(point, { type: 'Polygon', coordinates: rings }))
  )
    return 0;
  const k = Math.cos(lat * RAD);
  let best = Number.POSITIVE_INFINITY;
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1] as Position;
      const b = ring[i] as Position;
      const ax = ((a[0] ?? 0) - lng) * k;
      const ay = (a[1] ?? 0) - lat;
      const dx = ((b[0] ?? 0) - lng) * k - ax;
      const dy = (b[1] ?? 0) - lat - ay;
      const length2 = dx * dx + dy * dy;
      const t = length2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2)) : 0;
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best * RAD * EARTH_RADIUS_KM;
}

/** Whether `point` is in the province or within `toleranceKm` of it. */
function near(point: Position, province: Province, toleranceKm: number): boolean {
  return distanceToKm(point, province.geometry) <= toleranceKm;
}

const place = (p: Province) => `${p.properties.name} (${p.properties.id})`;
const position = (p: Position) => `[${p.join(', ')}]`;

/** What the checks need to know about one visit. */
export interface ProvinceClaim {
  record: string;
  /** `[longitude, latitude]` as found in the record (perhaps swapped). */
  coordinates: readonly [number, number];
  /** `properties.place.province.basemapId`. */
  basemapId: string;
}

/**
 * The problem for a point that lies in its stated province only with longitude and latitude
 * swapped, or `undefined`.
 */
export function swappedProblem(
  claim: ProvinceClaim,
  provinces: readonly Province[],
  toleranceKm = PROVINCE_TOLERANCE_KM,
): Problem | undefined {
  const { record } = claim;
  const point = [...claim.coordinates];
  const swapped = [point[1] ?? 0, point[0] ?? 0];
  const stated = provinces.find((p) => p.properties.id === claim.basemapId);
  if (!stated || !near(swapped, stated, toleranceKm)) return undefined;
  const path = 'geometry.coordinates';
  return {
    record,
    path,
    expected: '[longitude, latitude]',
    received: position(point),
    message: `${record}: ${path}: longitude and latitude look swapped: ${position(point)} is not in ${place(stated)}, but ${position(swapped)} is (GeoJSON puts longitude first)`,
  };
}

/**
 * The problem with a visit's point, or `undefined` when it lies in (or near) its province.
 *
 * @param provinces - the base map's provinces.
 * @returns a problem at `properties.place.province.basemapId` when no province has that id; at
 *   `geometry.coordinates` when the point lies elsewhere, saying so when the point is in the
 *   province with longitude and latitude swapped.
 */
export function checkProvince(
  claim: ProvinceClaim,
  provinces: readonly Province[],
  toleranceKm = PROVINCE_TOLERANCE_KM,
): Problem | undefined {
  const { record, basemapId } = claim;
  const point = [...claim.coordinates];
  const stated = provinces.find((p) => p.properties.id === basemapId);
  if (!stated) {
    const expected = 'the id of a base-map province, such as "CN.HE"';
    const path = 'properties.place.province.basemapId';
    const received = describe(basemapId);
    return {
      record,
      path,
      expected,
      received,
      message: `${record}: ${path}: expected ${expected}, got ${received}`,
    };
  }
  if (near(point, stated, toleranceKm)) return undefined;
  const swap = swappedProblem(claim, provinces, toleranceKm);
  if (swap) return swap;
  const path = 'geometry.coordinates';
  const inside = provinces.find((p) => p !== stated && distanceToKm(point, p.geometry) === 0);
  const km = Math.round(distanceToKm(point, stated.geometry));
  const where = inside ? `in ${place(inside)}` : 'in no province of the base map';
  const expected = `a point in ${place(stated)}, or within ${toleranceKm} km of it`;
  return {
    record,
    path,
    expected,
    received: `${position(point)}, ${where}, ${km} km from ${stated.properties.name}`,
    message: `${record}: ${path}: expected ${expected}, got ${position(point)}, which is ${where}, ${km} km from ${stated.properties.name}`,
  };
}
