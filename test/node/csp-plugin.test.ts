import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/csp.js';
import {
  leafletCssWithoutImages,
  leafletModules,
  leafletTrustedTypes,
} from '../../scripts/vite-plugin-leaflet.js';
import { ROOT } from '../helpers.js';

type Transform = (this: unknown, code: string, id: string) => { code: string } | null;
const plugin = leafletTrustedTypes();
const transform = plugin.transform as Transform;
const context = {
  error: (message: string) => {
    throw new Error(message);
  },
};
const LEAFLET = resolve(ROOT, 'node_modules/leaflet/dist/leaflet-src.esm.js');

describe('the Leaflet Trusted Types patch', () => {
  it('replaces the one HTML string Leaflet assigns on import, and nothing else', () => {
    const source = readFileSync(LEAFLET, 'utf8');
    const out = transform.call(context, source, LEAFLET)?.code ?? '';
    expect(source.match(/innerHTML = '<svg\/>'/g)).toHaveLength(1);
    expect(out).not.toContain("innerHTML = '<svg/>'");
    expect(out).toContain(
      "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));",
    );
    expect(out.length - source.length).toBe(
      "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));".length -
        "div.innerHTML = '<svg/>';".length,
    );
  });

  it("patches the same line in Leaflet's source module, which builds use, once", () => {
    const browser = resolve(ROOT, 'node_modules/leaflet/src/core/Browser.js');
    const source = readFileSync(browser, 'utf8');
    const out = transform.call(context, source, browser)?.code ?? '';
    expect(out).not.toContain("innerHTML = '<svg/>'");
    expect(out.match(/createElementNS\('http:\/\/www.w3.org\/2000\/svg', 'svg'\)/g)).toHaveLength(
      1,
    );
    // Run twice (a config merged into another), it leaves the patched text as it is.
    expect(transform.call(context, out, browser)).toBeNull();
  });

  it('leaves other modules alone and stops the build on a Leaflet it does not know', () => {
    expect(transform.call(context, 'x', '/src/main.ts')).toBeNull();
    expect(() => transform.call(context, 'var a = 1;', LEAFLET)).toThrow(
      /inline SVG test to patch for Trusted Types was not found/,
    );
  });

  it('is strict: no unsafe-inline, no unsafe-eval, Trusted Types required', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/);
    expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
    expect(CONTENT_SECURITY_POLICY).toContain(
      'trusted-types lit-html inspection-map-worker inspection-map-editor',
    );
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'");
  });
});

describe("Leaflet's parts in builds", () => {
  const cssTransform = leafletCssWithoutImages().transform as Transform;
  const css = resolve(ROOT, 'node_modules/leaflet/dist/leaflet.css');

  it('keeps the CSS rules of what the map uses and drops those of unused controls', () => {
    const source = readFileSync(css, 'utf8');
    const out = cssTransform.call(context, source, css)?.code ?? '';
    for (const kept of [
      '.leaflet-pane',
      '.leaflet-popup-content-wrapper',
      '.leaflet-marker-icon',
      '.leaflet-control-attribution',
      '.leaflet-fade-anim',
    ]) {
      expect(out).toContain(kept);
    }
    for (const dropped of [
      '.leaflet-control-layers',
      '.leaflet-control-zoom-in',
      '.leaflet-tooltip',
      'url(images/',
    ]) {
      expect(source).toContain(dropped);
      expect(out).not.toContain(dropped);
    }
    expect(out.length).toBeLessThan(source.length * 0.7);
  });

  it("resolves the product's imports of Leaflet to its source modules, and no one else's", () => {
    const resolveId = leafletModules().resolveId as (s: string, i?: string) => string | null;
    expect(resolveId('leaflet', resolve(ROOT, 'src/map/visit-map.ts'))).toBe(
      resolve(ROOT, 'src/map/leaflet-modules.js'),
    );
    expect(resolveId('leaflet', resolve(ROOT, 'src/map/tile-layer.ts'))).toBe(
      resolve(ROOT, 'src/map/leaflet-tiles.js'),
    );
    expect(
      resolveId('leaflet', resolve(ROOT, 'node_modules/leaflet.markercluster/x.js')),
    ).toBeNull();
    expect(resolveId('lit', resolve(ROOT, 'src/map/visit-map.ts'))).toBeNull();
  });
});
