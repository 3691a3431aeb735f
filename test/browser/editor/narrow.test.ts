/**
 * The editor on a phone, 375 px wide: a visit's long name (the draft's, or one typed) makes no
 * select wider than the screen, and the places offered for a figure's area stay on it, so the
 * page never scrolls sideways.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup, mountCurated, settled } from './helpers.js';

beforeEach(() => page.viewport(375, 800));
afterEach(async () => {
  cleanup();
  await page.viewport(1024, 800);
});

const LONG = 'Gezhouba Dam to listen to reports on the Yangtze River conservation and the canal';

describe('the editor 375 px wide', () => {
  it('never scrolls sideways, with a long visit name in every select and the area’s places open', async () => {
    const app = await mountCurated();
    const site = page.getByLabelText('Site', { exact: true }).first();
    await userEvent.fill(site, LONG);
    await settled(app);
    expect(app.session.draft?.features[0]?.properties.name.en).toBe(LONG);
    const selects = [...app.querySelectorAll('select')].filter((s) =>
      [...s.options].some((o) => o.text === LONG),
    );
    expect(selects.length).toBeGreaterThan(1);
    for (const s of selects) expect(s.getBoundingClientRect().right).toBeLessThanOrEqual(375);
    expect(document.documentElement.scrollWidth).toBe(375);

    const area = app.querySelector('editor-area input') as HTMLInputElement;
    await userEvent.click(area);
    await userEvent.clear(area);
    await userEvent.keyboard('{ArrowDown}');
    await settled(app);
    const list = document.getElementById(area.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(list.hidden).toBe(false);
    expect(list.getBoundingClientRect().right).toBeLessThanOrEqual(375);
    expect(document.documentElement.scrollWidth).toBe(375);
  });
});
