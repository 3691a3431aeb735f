/**
 * The gazetteer search of a visit's place: each place listed once (not a district and the
 * town point of the same name beside it, not one entry twice), and a combobox for the keyboard:
 * Down and Up move through the places found, Enter chooses, Escape closes the list, then the
 * panel.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import { cleanup, mountCurated, settled, until } from './helpers.js';

afterEach(cleanup);

/** Opens the first visit's place search with the keyboard and types `query`. */
async function search(app: EditorApp, query: string) {
  const card = app.querySelector('article.visit') as HTMLElement;
  const disclose = card.querySelector('button.disclose') as HTMLButtonElement;
  disclose.focus();
  await userEvent.keyboard('{Enter}');
  await settled(app);
  const box = await until(() =>
    card.querySelector<HTMLInputElement>('.place-picker input[role="combobox"]'),
  );
  await until(() => document.activeElement === box);
  await userEvent.keyboard(query);
  await settled(app);
  const options = () => [...card.querySelectorAll<HTMLElement>('.place-picker [role="option"]')];
  await until(() => options().length > 0, 5000);
  return { card, disclose, box, options, labels: () => options().map((o) => o.textContent) };
}

describe('the place search', () => {
  it('lists each place once', async () => {
    const app = await mountCurated();
    const { box, labels } = await search(app, 'Haidian');
    // GeoNames' town point "Haidian" is the district itself: one entry.
    expect(labels()).toEqual(['Haidian District, Beijing']);
    await userEvent.clear(box);
    await userEvent.keyboard('Chaoyang');
    await settled(app);
    const found = labels();
    expect(new Set(found).size).toBe(found.length);
    // The prefecture-level city and the county under it are two places: both stay.
    expect(found).toContain('Chaoyang, Liaoning');
    expect(found).toContain('Chaoyang County, Chaoyang, Liaoning');
    expect(found.filter((l) => l === 'Chaoyang, Jilin')).toHaveLength(1);
  });

  it('is a combobox: Down and Up move, Enter chooses, Escape closes the list then the panel', async () => {
    const app = await mountCurated();
    const { card, disclose, box, options } = await search(app, 'Chaoyang');
    const list = card.querySelector('[role="listbox"]') as HTMLElement;
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);

    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await settled(app);
    const [first, second] = options();
    expect(box.getAttribute('aria-activedescendant')).toBe(second?.id);
    expect(second?.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowUp}');
    await settled(app);
    expect(box.getAttribute('aria-activedescendant')).toBe(first?.id);
    expect(document.activeElement).toBe(box);

    await userEvent.keyboard('{Escape}');
    await settled(app);
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(list.hidden).toBe(true);
    await userEvent.keyboard('{ArrowDown}');
    await settled(app);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await settled(app);
    const chosen = options()[1]?.textContent;
    expect(chosen).toBe(second?.textContent);
    await userEvent.keyboard('{Enter}');
    await settled(app);
    const place = app.session.draft?.features[0]?.properties.place;
    expect([place?.county?.en ?? place?.city.en, place?.province.en].join(', ')).toBe(
      (chosen ?? '').replace(/, [^,]+(?=, )/, ''),
    );
    expect(card.querySelector('.place-picker')).toBeNull();
    expect(document.activeElement).toBe(disclose);

    // Escape with the list closed closes the panel, and focus goes back to its button.
    await userEvent.keyboard('{Enter}');
    await settled(app);
    await until(() => document.activeElement?.getAttribute('role') === 'combobox');
    await userEvent.keyboard('{Escape}');
    await settled(app);
    expect(card.querySelector('.place-picker')).toBeNull();
    expect(document.activeElement).toBe(disclose);
  });
});
