/**
 * Vite plugins that adapt Leaflet 1.9.4's files at build time, for the page and the library.
 * Each checks that the text it changes is there, so a Leaflet upgrade that moves it fails the
 * build instead of silently shipping the old behaviour.
 *
 * @module
 */
import type { Plugin } from 'vite';

const IMAGE_URL = /background-image:\s*url\(images\/[^)]+\);?/g;

const fileIs = (id: string, path: string) => id.split('?')[0]?.endsWith(path) ?? false;

/**
 * Drops the image URLs from Leaflet's CSS. They belong to the layers control and the default
 * marker icon, neither of which the map uses (its icons are DOM); left in, the page build would
 * ship three unused PNGs and the library build would carry them inlined.
 */
export function leafletCssWithoutImages(): Plugin {
  return {
    name: 'inspection-map:leaflet-css-without-images',
    enforce: 'pre',
    transform(code, id) {
      if (!fileIs(id, '/leaflet/dist/leaflet.css')) return undefined;
      const stripped = code.replace(IMAGE_URL, '');
      if (stripped.includes('url(images/')) {
        this.error('leaflet.css still refers to images/: update the pattern in build/leaflet.ts');
      }
      return { code: stripped, map: null };
    },
  };
}

/** Leaflet's feature test for inline SVG, run when Leaflet is first evaluated. */
const INLINE_SVG_TEST = "div.innerHTML = '<svg/>';";
const INLINE_SVG_DOM =
  "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));";

/**
 * Leaflet tests for inline SVG by assigning `innerHTML` when it is first evaluated. A page that
 * enforces Trusted Types (`require-trusted-types-for 'script'`) blocks that assignment, and
 * Leaflet, and with it the map, fails to load. The test is rewritten to build the same element
 * with the DOM, which gives the same answer in every browser that runs the map. (The map never
 * hands Leaflet HTML strings: icons, popups and controls are DOM.)
 */
export function leafletWithoutInnerHtml(): Plugin {
  return {
    name: 'inspection-map:leaflet-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!fileIs(id, '/leaflet/dist/leaflet-src.js')) return undefined;
      if (!code.includes(INLINE_SVG_TEST)) {
        this.error('leaflet-src.js has no inline-SVG test to rewrite: update build/leaflet.ts');
      }
      return { code: code.replace(INLINE_SVG_TEST, INLINE_SVG_DOM), map: null };
    },
  };
}

/** Both plugins, for a Vite config's `plugins`. */
export function leafletForEmbedding(): Plugin[] {
  return [leafletCssWithoutImages(), leafletWithoutInnerHtml()];
}
