/** The checks the derived base map must pass before it is written. */
import { feature } from 'topojson-client';
import { findCrossings, ringsOfGeometry } from './arcs.mjs';
import { planarRingArea } from './mercator.mjs';
import { polygonsOf } from './sources.mjs';

/** Every feature must survive with a non-empty, non-degenerate geometry. */
export function validate(topo, provinceCount, countryCount) {
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
