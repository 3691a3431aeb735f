/**
 * The Content-Security-Policy the page ships with, and the two Vite plugins that let the build
 * run under it with Trusted Types enforced. Build time only.
 */
import type { Plugin } from 'vite';

/**
 * The page's policy: nothing inline, nothing evaluated, scripts only through Trusted Types
 * (Lit's `lit-html` policy is the only one). `img-src data:` is for the page's empty favicon
 * and for the blank image Leaflet puts in a tile it cancels.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Directives a `<meta>` cannot carry; sent as a header by `vite preview` only. */
export const HEADER_ONLY = "frame-ancestors 'none'";

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

/** Puts the policy in a `<meta http-equiv>` of every built page (not in dev: Vite injects styles). */
export function cspMeta(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'inspection-map:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}
