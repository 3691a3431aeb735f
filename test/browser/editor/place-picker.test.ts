/**
 * Choosing a visit's place by the gazetteer search and by the map, on a page that enforces
 * Trusted Types as the editor's policy does: the search box takes focus as the panel opens,
 * counties are found, a name found nowhere is said in words, and nothing through the whole
 * flow logs an error or breaks the policy.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
// Leaflet loaded before the policy: its one HTML string on import is patched out in builds
// (scripts/vite-plugin-leaflet.ts), not in the test server's prebundled copy.
import '../../../src/editor/map-picker-define.js';
import { cleanup, clickPlaceMap, mountCurated, settled, until } from './helpers.js';

const problems: string[] = [];
const onError = (e: ErrorEvent) => problems.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => problems.push(`rejection: ${String(e.reason)}`);
const onViolation = (e: SecurityPolicyViolationEvent) =>
  problems.push(`violation: ${e.violatedDirective} ${e.sample}`);
const consoleError = vi.spyOn(console, 'error');

beforeAll(() => {
  // The editor page's header asks for Trusted Types for every HTML sink: the same, here.
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "require-trusted-types-for 'script'";
  document.head.append(meta);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onViolation);
});

afterAll(() => {
  cleanup();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  document.removeEventListener('securitypolicyviolation', onViolation);
  consoleError.mockRestore();
});

describe('the place picker', () => {
  it('searches from the first key, finds a county, says when nothing matches, and logs nothing', async () => {
    const app = await mountCurated();
    const card = app.querySelector('article.visit') as HTMLElement;
    const disclose = card.querySelector('button.disclose') as HTMLButtonElement;
    disclose.focus();
    await userEvent.keyboard('{Enter}');
    await settled(app);
    const search = card.querySelector('.place-picker input[type="search"]');
    await until(() => document.activeElement === search);

    await userEvent.keyboard('Qwzx');
    await settled(app);
    const status = card.querySelector('.place-picker [role="status"]') as HTMLElement;
    await until(() => status.textContent?.includes('Qwzx'));
    expect(status.textContent).toBe(
      'No city, county or province in the gazetteer is called “Qwzx”.',
    );

    await userEvent.clear(search as HTMLInputElement);
    await userEvent.keyboard('Linying');
    await settled(app);
    const result = page.getByRole('option', { name: 'Linying County, Luohe, Henan' });
    await expect.element(result).toBeVisible();
    expect(status.textContent).toBe('');
    await userEvent.click(result);
    await settled(app);
    let place = app.session.draft?.features[0]?.properties.place;
    expect(place?.county).toEqual({ en: 'Linying County', zh: '临颍县' });
    expect(place?.city.en).toBe('Luohe');
    // Focus is back on the button that opens the panel.
    expect(document.activeElement).toBe(disclose);

    // Then by the map: the panel open again, a click north-east of the marker.
    await clickPlaceMap(app, card);
    place = app.session.draft?.features[0]?.properties.place;
    expect(place?.county).toBeUndefined();
    expect(place?.city.en).not.toBe('Luohe');
    // Leaflet's timers and frames after the map is gone.
    await new Promise((r) => setTimeout(r, 600));
    expect(problems).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
  });
});
