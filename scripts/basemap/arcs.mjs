/**
 * Work on a presimplified topology's arcs and rings: protect each feature's largest ring, and
 * find and repair arcs that simplification made cross.
 */
import { mercatorRingArea, planarRingArea } from './mercator.mjs';

/** The rings (arrays of arc indexes) of a TopoJSON polygon geometry. */
export function ringsOfGeometry(geometry) {
  if (geometry.type === 'Polygon') return geometry.arcs;
  if (geometry.type === 'MultiPolygon') return geometry.arcs.flat();
  return [];
}

/** Positions of a ring of a presimplified topology: [x, y, weight] per point. */
export function ringPoints(topo, ring) {
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
export function protectLargestRings(topo, minWeight) {
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
export function findCrossings(segments) {
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
export function repairCrossings(topo, arcIndexes, minWeight) {
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
