import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/csp.js';
import { leafletTrustedTypes } from '../../scripts/vite-plugin-leaflet.js';
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

  it('leaves other modules alone and stops the build on a Leaflet it does not know', () => {
    expect(transform.call(context, 'x', '/src/main.ts')).toBeNull();
    expect(() => transform.call(context, 'var a = 1;', LEAFLET)).toThrow(
      /inline SVG test to patch for Trusted Types was not found/,
    );
  });

  it('is strict: no unsafe-inline, no unsafe-eval, Trusted Types required', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/);
    expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
    expect(CONTENT_SECURITY_POLICY).toContain('trusted-types lit-html');
  });
});
