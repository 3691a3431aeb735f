/**
 * Marker icons, built as DOM (never as HTML strings) so they need no image files, work inside
 * a shadow root and in a bundle, and pass a Trusted Types policy.
 *
 * @module
 */
import { DivIcon } from 'leaflet';

const SVG = 'http://www.w3.org/2000/svg';

/** Icon box in CSS pixels; the tip of the pin sits at the bottom centre. */
export const ICON_SIZE: [number, number] = [30, 40];

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, name);
  for (const [k, value] of Object.entries(attrs)) el.setAttribute(k, value);
  return el;
}

/**
 * A pin for one visit. A city- or province-level point has a dashed halo, saying "somewhere
 * around here"; a facility-level point is a solid pin. Colours come from CSS custom properties on the host.
 *
 * @param precision - the location precision of the point.
 * @param shift - where the pin stands from its point, in CSS pixels `[x, y]`: visits that share
 *   a point are fanned out around it (see {@link fanOut}).
 * @returns a new icon; Leaflet moves its element, so each marker needs its own.
 */
export function visitIcon(
  precision: 'facility' | 'county' | 'city' | 'province',
  shift: readonly [number, number] = [0, 0],
): DivIcon {
  const root = svg('svg', {
    viewBox: '0 0 30 40',
    width: String(ICON_SIZE[0]),
    height: String(ICON_SIZE[1]),
    'aria-hidden': 'true',
    focusable: 'false',
  });
  if (precision !== 'facility') {
    root.append(svg('circle', { class: 'im-pin-halo', cx: '15', cy: '14', r: '13.5' }));
  }
  root.append(
    svg('path', {
      class: 'im-pin-body',
      d: 'M15 39C15 39 4 24.5 4 14.5a11 11 0 0 1 22 0C26 24.5 15 39 15 39Z',
    }),
    svg('circle', { class: 'im-pin-dot', cx: '15', cy: '14.5', r: '4.5' }),
  );
  return new DivIcon({
    html: root,
    className: `im-pin im-pin--${precision}`,
    iconSize: ICON_SIZE,
    iconAnchor: [ICON_SIZE[0] / 2 - shift[0], ICON_SIZE[1] - shift[1]],
    popupAnchor: [0, -ICON_SIZE[1] + 4],
  });
}

/** The spiral's first two pins, its closest, stand this far apart: none covers another's head. */
const SPIRAL_SPACING = ICON_SIZE[1] - 4;

/**
 * Pixel shifts that spread `n` pins sharing one point around it, side by side, so each can be
 * seen, clicked and touched at every zoom: none for one pin, a row for two or three, and for
 * more a spiral (Vogel's) from the point outwards, in order: pin `i` stands `36 px × √i` from
 * the point, each turned by the golden angle from the one before. A spiral's radius grows with
 * `√n` (800 px for 500 pins, 3,600 px for 10,000), each pin keeping the same room; a ring's
 * grew with `n` (500 pins stood 2,500 px away, 10,000 pins 51,000 px).
 *
 * @returns `[x, y]` in CSS pixels for each pin, the earliest first.
 */
export function fanOut(n: number): [number, number][] {
  if (n <= 1) return [[0, 0]];
  const gap = ICON_SIZE[0] + 2;
  if (n <= 3) return Array.from({ length: n }, (_, i) => [(i - (n - 1) / 2) * gap, 0]);
  return Array.from({ length: n }, (_, i) => {
    const radius = SPIRAL_SPACING * Math.sqrt(i);
    const angle = i * Math.PI * (3 - Math.sqrt(5));
    return [Math.round(radius * Math.sin(angle)), Math.round(-radius * Math.cos(angle))];
  });
}
