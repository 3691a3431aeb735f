import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/map/credits.js';

describe('safeHref', () => {
  it('keeps http(s) links and nothing else', () => {
    expect(safeHref('https://www.geonames.org/')).toBe('https://www.geonames.org/');
    expect(safeHref('HTTP://example.org/a b')).toBe('http://example.org/a%20b');
    expect(safeHref('/credits')).toBe(new URL('/credits', document.baseURI).href);
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'blob:https://example.org/1',
      'http://[bad',
      '',
      undefined,
    ]) {
      expect(safeHref(bad)).toBeUndefined();
    }
  });
});
