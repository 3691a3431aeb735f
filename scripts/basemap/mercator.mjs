/**
 * Web Mercator measures for the base map's simplification: x in degrees of longitude, y in
 * "Mercator degrees", so one unit is the same length on both axes and a pixel at zoom z is
 * 360 / (256 * 2^z) units on a side.
 */

const DEG = Math.PI / 180;
const MAX_LAT = 85.05112878;
export function mercatorY(lat) {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * DEG;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2)) / DEG;
}
export function pixelArea(zoom) {
  const side = 360 / (256 * 2 ** zoom);
  return side * side;
}
/** Triangle area in Web Mercator units² (weight for presimplify). */
export function mercatorTriangleArea(triangle) {
  const [a, b, c] = triangle;
  const ay = mercatorY(a[1]);
  const by = mercatorY(b[1]);
  const cy = mercatorY(c[1]);
  return Math.abs((a[0] - c[0]) * (by - ay) - (a[0] - b[0]) * (cy - ay)) / 2;
}
/** Ring area in Web Mercator units² (ring given as [lon, lat] positions). */
export function mercatorRingArea(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    sum += a[0] * mercatorY(b[1]) - b[0] * mercatorY(a[1]);
  }
  return Math.abs(sum) / 2;
}
/** Plain planar signed area in degrees² (used to spot degenerate rings). */
export function planarRingArea(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}
