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
        this.error(
          'leaflet.css still refers to images/: update the pattern in scripts/vite-plugin-leaflet.ts',
        );
      }
      return { code: stripped, map: null };
    },
  };
}

/** Leaflet 1.9.4's one HTML-string assignment that runs on import (feature detection). */
const LEAFLET_INLINE_SVG_TEST = "div.innerHTML = '<svg/>';";

/**
 * Leaflet's `Browser.inlineSvg` test assigns `'<svg/>'` to `innerHTML` when Leaflet is
 * imported. Under `require-trusted-types-for 'script'` that assignment throws, and Leaflet
 * does not load at all. The plugin replaces it with the DOM call that builds the same element;
 * every browser Leaflet 1.9 supports parses inline SVG, so the result is the same. The build
 * fails if the line is not found (a new Leaflet), rather than ship an unpatched copy.
 * Leaflet's other HTML strings (zoom and attribution controls, popup close button, string
 * popups and icons) are on paths this project never takes: it builds those as DOM.
 */
export function leafletTrustedTypes(): Plugin {
  return {
    name: 'inspection-map:leaflet-trusted-types',
    transform(code, id) {
      if (!/[\\/]leaflet[\\/]dist[\\/]leaflet-src(\.esm)?\.js$/.test(id)) return null;
      if (!code.includes(LEAFLET_INLINE_SVG_TEST)) {
        this.error(`${id}: the inline SVG test to patch for Trusted Types was not found`);
      }
      return {
        code: code.replace(
          LEAFLET_INLINE_SVG_TEST,
          "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));",
        ),
        map: null,
      };
    },
  };
}

/** Both plugins, for a Vite config's `plugins` (the page, the library, the test pages). */
export function leafletForEmbedding(): Plugin[] {
  return [leafletCssWithoutImages(), leafletTrustedTypes()];
}
