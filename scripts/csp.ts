/**
 * The Content-Security-Policy the page ships with, and the two Vite plugins that let the build
 * run under it with Trusted Types enforced. Build time only.
 */
import type { Plugin } from 'vite';

/**
 * The page's policy: nothing inline, nothing evaluated, scripts only through Trusted Types
 * (Lit's `lit-html` policy, `inspection-map-worker` for the clustering worker's URL, and
 * `inspection-map-editor` for the editor's draft and merge workers' URLs).
 * `img-src data:` is for the page's empty favicon and for the blank image Leaflet puts in a tile
 * it cancels; `worker-src 'self'` lets many visits be clustered off the main thread.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html inspection-map-worker inspection-map-editor',
].join('; ');

/** Directives a `<meta>` cannot carry; sent as a header by `vite preview` only. */
export const HEADER_ONLY = "frame-ancestors 'none'";

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
