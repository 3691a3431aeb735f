/**
 * A figure's "Area it covers", with the keyboard alone: a combobox that offers the places the
 * visits have, then the gazetteer's by name, each saying where it is; choosing one records its
 * English and Chinese names (so Taizhou 台州 in Zhejiang is not Taizhou 泰州 in Jiangsu) and the
 * scope of that kind of place; free text is still saved as typed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import hefei from '../../fixtures/editor/hefei-new-year.txt?raw';
import { cleanup, draft, mount, paste, settled, until } from './helpers.js';

afterEach(cleanup);

/** The figure drafted from "Anhui's grain output reached 32.9 million tonnes in 2012". */
const figure = (app: EditorApp) =>
  app.session.draft?.statistics.find((s) => s.figure === '32.9 million tonnes');

async function drafted(): Promise<{ app: EditorApp; box: HTMLInputElement }> {
  const app = await mount();
  await paste(app, hefei);
  await until(() => app.session.fields.date !== '');
  await draft(app);
  const id = figure(app)?.id;
  const row = app.querySelector(`[data-item="figure:${id}"]`) as HTMLElement;
  const box = row.querySelector('editor-area input') as HTMLInputElement;
  return { app, box };
}

const options = (box: HTMLInputElement) =>
  [
    ...(document
      .getElementById(box.getAttribute('aria-controls') ?? '')
      ?.querySelectorAll('[role="option"]') ?? []),
  ].map((o) => o.textContent?.replace(/\s+/g, ' ').trim());

// Typing a key at a time into a drafted editor: slow on a busy machine, never stuck.
describe('the area a figure covers', { timeout: 60_000 }, () => {
  it('offers the visits’ places first, then the gazetteer’s, and records the one chosen by keyboard', async () => {
    const { app, box } = await drafted();
    expect(figure(app)).toMatchObject({ scope: 'province', area: { en: 'Anhui' } });
    expect(box.getAttribute('role')).toBe('combobox');
    expect(box.labels?.[0]?.textContent?.trim()).toBe('Area it covers');
    // Emptied, Down opens the places the visits have.
    await userEvent.clear(box);
    await settled(app);
    expect(figure(app)?.area).toBeUndefined();
    await userEvent.keyboard('{ArrowDown}');
    await settled(app);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(options(box).slice(0, 3)).toEqual([
      'Fuyang city, Anhui · the visit’s place',
      'Anhui 安徽省 province · the visit’s place',
      'Funan County 阜南县 county, Fuyang, Anhui · the visit’s place',
    ]);
    // A name two cities share: each says its province and its Chinese name.
    await userEvent.type(box, 'Taizhou');
    await settled(app);
    // The gazetteer loads on the box's first focus: its places show once it is in.
    await until(() => options(box).some((o) => o?.includes('泰州市')));
    expect(options(box).slice(0, 2)).toEqual([
      'Taizhou 泰州市 city, Jiangsu',
      'Taizhou 台州市 city, Zhejiang',
    ]);
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await settled(app);
    const active = document.getElementById(box.getAttribute('aria-activedescendant') ?? '');
    expect(active?.getAttribute('aria-selected')).toBe('true');
    expect(active?.textContent).toContain('台州市');
    await userEvent.keyboard('{Enter}');
    await settled(app);
    expect(figure(app)).toMatchObject({ scope: 'city', area: { en: 'Taizhou', zh: '台州市' } });
    expect(box.value).toBe('Taizhou');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(box);
  });

  it('keeps free text as typed, without the Chinese name of the place it replaced; Escape only closes', async () => {
    const { app, box } = await drafted();
    await userEvent.click(box);
    await userEvent.clear(box);
    await userEvent.type(box, 'Anhui');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await settled(app);
    expect(figure(app)).toMatchObject({ scope: 'province', area: { en: 'Anhui', zh: '安徽省' } });
    await userEvent.type(box, ' and Henan');
    await settled(app);
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard('{Escape}');
    await settled(app);
    expect(figure(app)?.area).toEqual({ en: 'Anhui and Henan' });
    expect(box.value).toBe('Anhui and Henan');
    expect(page.getByRole('listbox', { name: 'Places for the area' }).query()).toBeNull();
  });
});
