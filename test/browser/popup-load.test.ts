/**
 * The popup's code, loaded on first use, fails to load (the server gone, a deploy replaced the
 * chunk): the reader is told in the notices, nothing stays selected, and the next open loads it
 * again. The test's first open is the first on the page, so the code is not loaded yet.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { popupCode } from '../../src/map/popup-code.js';
import { cleanup, LUOYANG, marker, mountWith, popupText, root, until } from './helpers.js';

const load = popupCode.load;
afterEach(() => {
  popupCode.load = load;
  cleanup();
});

describe("the popup's code failing to load", () => {
  it('says so, clears the selection, and opens the visit on the next try', async () => {
    expect(popupCode.VisitPopup).toBeUndefined();
    let attempts = 0;
    popupCode.load = () => {
      attempts += 1;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const el = await mountWith();
    const selections: (string | null)[] = [];
    el.addEventListener('inspection-map-select', (e) =>
      selections.push((e as CustomEvent<{ id: string | null }>).detail.id),
    );
    await userEvent.click(marker(el, LUOYANG));
    const notice = await until(() => root(el).querySelector('.notice--popup'));
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.querySelector('.notice-text')?.textContent).toBe(
      "The visit's details could not be loaded. Try again.",
    );
    expect(attempts).toBeGreaterThan(0);
    expect(el.selected).toBeNull();
    expect(selections).toEqual([LUOYANG, null]);
    expect(marker(el, LUOYANG).getAttribute('aria-pressed')).not.toBe('true');
    expect(root(el).querySelector('.list-item[aria-current="true"]')).toBeNull();
    expect(root(el).querySelector('.leaflet-popup, .im-sheet')).toBeNull();

    popupCode.load = load;
    await userEvent.click(marker(el, LUOYANG));
    await until(() => root(el).querySelector('.leaflet-popup-content .card'));
    expect(popupText(el)).toContain('Luoyang');
    expect(el.selected).toBe(LUOYANG);
    await until(() => !root(el).querySelector('.notice--popup'));
  });
});
