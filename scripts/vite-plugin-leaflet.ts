/**
 * Vite plugins that adapt Leaflet 1.9.4's files at build time, for the page and the library.
 * Each checks that the text it changes is there, so a Leaflet upgrade that moves it fails the
 * build instead of silently shipping the old behaviour.
 *
 * @module
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The modules that re-export the parts of Leaflet the map uses (see their headers). */
const LEAFLET_MODULES = fileURLToPath(new URL('../src/map/leaflet-modules.js', import.meta.url));
const LEAFLET_TILES = fileURLToPath(new URL('../src/map/leaflet-tiles.js', import.meta.url));
const LEAFLET_POPUP = fileURLToPath(new URL('../src/map/leaflet-popup.js', import.meta.url));

const IMAGE_URL = /background-image:\s*url\(images\/[^)]+\);?/g;

const fileIs = (id: string, path: string) => id.split('?')[0]?.endsWith(path) ?? false;

/**
 * Classes of Leaflet's CSS that the map never uses: Leaflet's own zoom, layers and scale
 * controls (the map builds its own), tooltips, image overlays, box zoom's outline, marker
 * shadows, the popup's close button (the card has its own), the attribution flag, old IE.
 */
const UNUSED_CLASSES = [
  'leaflet-control-layers',
  'leaflet-control-zoom',
  'leaflet-control-scale',
  'leaflet-tooltip',
  'leaflet-oldie',
  'lvml',
  'leaflet-vml-shape',
  'leaflet-image-layer',
  'leaflet-default-icon-path',
  'leaflet-retina',
  'leaflet-popup-close-button',
  'leaflet-attribution-flag',
  'leaflet-marker-shadow',
  'leaflet-crosshair',
];

/** Drops the selectors of {@link UNUSED_CLASSES} from each rule, and rules left with none. */
function withoutUnusedRules(css: string): string {
  return css.replace(/([^{}@]+?)\{([^{}]*)\}/g, (_rule, selectors: string, body: string) => {
    const kept = selectors
      .split(',')
      .map((s) => s.trim())
      .filter((s) => !UNUSED_CLASSES.some((c) => s.includes(c)));
    return kept.length === 0 ? '' : `\n${kept.join(',\n')} {${body}}`;
  });
}

/**
 * Leaflet's CSS as the map needs it: without the image URLs (they belong to the layers control
 * and the default marker icon, neither of which the map uses: its icons are DOM; left in, the
 * page build would ship three unused PNGs and the library build would carry them inlined), and
 * without the rules of {@link UNUSED_CLASSES}.
 */
export function leafletCssWithoutImages(): Plugin {
  return {
    name: 'inspection-map:leaflet-css-without-images',
    enforce: 'pre',
    transform(code, id) {
      if (!fileIs(id, '/leaflet/dist/leaflet.css')) return undefined;
      const stripped = withoutUnusedRules(code.replace(IMAGE_URL, ''));
      if (stripped.includes('url(images/')) {
        this.error(
          'leaflet.css still refers to images/: update the pattern in scripts/vite-plugin-leaflet.ts',
        );
      }
      if (!stripped.includes('.leaflet-popup-content-wrapper')) {
        this.error('leaflet.css lost the popup rules: check withoutUnusedRules');
      }
      return { code: stripped, map: null };
    },
  };
}

/** Leaflet 1.9.4's one HTML-string assignment that runs on import (feature detection). */
const LEAFLET_INLINE_SVG_TEST = "div.innerHTML = '<svg/>';";
/** What replaces it: the DOM call that builds the same element. */
const DOM_SVG = "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));";

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
      if (!/[\\/]leaflet[\\/](dist[\\/]leaflet-src(\.esm)?|src[\\/]core[\\/]Browser)\.js$/.test(id))
        return null;
      if (code.includes(DOM_SVG)) return null;
      if (!code.includes(LEAFLET_INLINE_SVG_TEST)) {
        this.error(`${id}: the inline SVG test to patch for Trusted Types was not found`);
      }
      return {
        code: code.replace(LEAFLET_INLINE_SVG_TEST, DOM_SVG),
        map: null,
      };
    },
  };
}

/**
 * In builds, `import … from 'leaflet'` in the product's code gets `src/map/leaflet-modules.js`
 * (`src/map/leaflet-tiles.js` in `tile-layer.ts`, `src/map/leaflet-popup.js` in
 * `visit-popup.ts`): the parts of Leaflet the map uses, from
 * Leaflet's source modules, about a quarter smaller than Leaflet's whole bundled file once
 * compressed. The dev server and browser tests keep the whole
 * file (prebundled), which has everything the subset has.
 */
export function leafletModules(): Plugin {
  return {
    name: 'inspection-map:leaflet-modules',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'leaflet' || !importer || importer.includes('/node_modules/')) return null;
      if (/[\\/]src[\\/]map[\\/]tile-layer\.ts$/.test(importer)) return LEAFLET_TILES;
      if (/[\\/]src[\\/]map[\\/]visit-popup\.ts$/.test(importer)) return LEAFLET_POPUP;
      return LEAFLET_MODULES;
    },
  };
}

/**
 * Leaflet source modules that the map's code never runs, each with what stands in for it: the
 * VML renderer (`Browser.vml` is true only in Internet Explorer 8 and older, where `SVG.js`
 * would use it) and marker dragging (`Marker.js` creates a drag handler only when the module
 * gives one; no marker of the map or the editor is draggable). About 1.5 KB gzipped.
 */
const NEVER_RUN: Record<string, string> = {
  '/leaflet/src/layer/vector/SVG.VML.js': 'export var vmlMixin = {};\nexport var vmlCreate;\n',
  '/leaflet/src/layer/marker/Marker.Drag.js': 'export var MarkerDrag;\n',
};

/**
 * In builds, the modules of {@link NEVER_RUN} give only what their importers test for. The
 * build fails if Leaflet's importers no longer test for them (a new Leaflet), rather than ship
 * a map that would need them.
 */
export function leafletWithoutUnusedModules(): Plugin {
  return {
    name: 'inspection-map:leaflet-without-unused-modules',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const path = Object.keys(NEVER_RUN).find((p) => fileIs(id, p));
      return path ? { code: NEVER_RUN[path] as string, map: null } : null;
    },
    transform(code, id) {
      if (
        fileIs(id, '/leaflet/src/layer/vector/SVG.js') &&
        !code.includes('Browser.vml ? vmlCreate')
      )
        this.error('SVG.js no longer chooses VML by Browser.vml: check NEVER_RUN');
      if (fileIs(id, '/leaflet/src/layer/marker/Marker.js') && !code.includes('if (MarkerDrag)'))
        this.error('Marker.js no longer tests for MarkerDrag: check NEVER_RUN');
      return null;
    },
  };
}

/** The plugins, for a Vite config's `plugins` (the page, the library, the test pages). */
export function leafletForEmbedding(): Plugin[] {
  return [
    leafletCssWithoutImages(),
    leafletTrustedTypes(),
    leafletModules(),
    leafletWithoutUnusedModules(),
  ];
}
