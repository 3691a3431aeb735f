/**
 * Importing the package where there is no DOM (Node, server-side rendering). The built module
 * is checked the same way, in a plain Node process, by test/e2e/embed.test.ts.
 */
import { describe, expect, it } from 'vitest';

const globals = () => new Set(Object.getOwnPropertyNames(globalThis));

describe('the package entry in Node', () => {
  it('imports without a window, defines nothing and adds no global', async () => {
    expect(typeof window).toBe('undefined');
    const before = globals();
    const entry = await import('../../src/index.js');
    expect(Object.keys(entry)).toEqual([]);
    expect([...globals()].filter((name) => !before.has(name))).toEqual([]);
    expect(globalThis.customElements).toBeUndefined();
  });

  it('lets the element module itself load on Lit’s server build, for server rendering', async () => {
    const { InspectionMap } = await import('../../src/components/inspection-map/define.js');
    // Lit's Node build brings its own HTMLElement and registry shims.
    expect(customElements.get('inspection-map')).toBe(InspectionMap);
    const el = new InspectionMap();
    el.selected = 'luoyang-bearing-2025-05-19';
    expect(el.selected).toBe('luoyang-bearing-2025-05-19');
    expect(el.select('luoyang-bearing-2025-05-19')).toBe(false); // no data drawn
    expect(typeof window).toBe('undefined');
  }, 30_000);
});
