/**
 * Moving a visit's place: the notes about the old place go (they are fixed), and what names the
 * old place follows: a visit named after its place, the note that it is a visit to the place as
 * a whole, and the notes of its quotes that name the visit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import { saveSession } from '../../../src/editor/session.js';
import { cleanup, curatedSession, mount, settled, until } from './helpers.js';

afterEach(cleanup);

/** Opens the card's place search, types Zhengzhou and chooses the city. */
async function moveToZhengzhou(app: EditorApp, card: HTMLElement): Promise<void> {
  await userEvent.click(card.querySelector('button.disclose') as HTMLButtonElement);
  await settled(app);
  await userEvent.keyboard('Zhengzhou');
  await settled(app);
  const result = page.getByText('Zhengzhou, Henan', { exact: true });
  await expect.element(result).toBeVisible();
  await userEvent.click(result);
  await settled(app);
}

/** The curated session with its first visit drafted as a visit to Luoyang as a whole. */
function luoyangAsWhole() {
  const s = curatedSession();
  const f = s.draft?.features[0];
  if (!f) throw new Error('the curated session has no visit');
  const p = f.properties;
  p.name = { en: 'Luoyang' } as typeof p.name;
  p.organisation = { en: 'Luoyang' } as typeof p.organisation;
  p.review = [
    'no place named; the place of the visit before (Luoyang) is used',
    'no site named: a visit to Luoyang as a whole',
    'industry not recognised',
  ];
  const q = p.quotes[0] as (typeof p.quotes)[number] & { review?: string[] };
  q.review = ['attached to Luoyang from the paragraph before'];
  return s;
}

describe('moving a visit to another place', () => {
  it('drops the notes it fixes, and the visit, its notes and its quotes’ notes name the new place', async () => {
    localStorage.clear();
    saveSession(luoyangAsWhole());
    const app = await mount({ keep: true });
    const card = app.querySelector('article.visit') as HTMLElement;
    const notes = () =>
      [...card.querySelectorAll(':scope > .notes li')].map((li) => li.textContent);
    expect(card.querySelector('h3')?.textContent).toBe('Luoyang');
    expect(notes()).toHaveLength(3);

    await moveToZhengzhou(app, card);
    await until(() => app.session.draft?.features[0]?.properties.place.city.en === 'Zhengzhou');

    const p = app.session.draft?.features[0]?.properties;
    expect(p?.name).toEqual({ en: 'Zhengzhou' });
    expect(p?.organisation).toEqual({ en: 'Zhengzhou' });
    expect(p?.review).toEqual([
      'no site named: a visit to Zhengzhou as a whole',
      'industry not recognised',
    ]);
    expect((p?.quotes[0] as { review?: string[] } | undefined)?.review).toEqual([
      'attached to Zhengzhou from the paragraph before',
    ]);
    expect(card.querySelector('h3')?.textContent).toBe('Zhengzhou');
    expect(card.querySelector('.place-name')?.textContent).toBe('Zhengzhou, Henan');
    expect(notes()).toEqual([
      'No site is named, only a place (“Zhengzhou”): the visit is to that place as a whole.',
      'The industry was not recognised: say which industries it is about.',
    ]);
    const quoteNotes = card.querySelector('.items .notes li')?.textContent;
    expect(quoteNotes).toBe(
      'Put with Zhengzhou because the paragraph before tells that visit: check it belongs there.',
    );
  });

  it('keeps a site’s own name, and its notes that are not about the place', async () => {
    localStorage.clear();
    const s = luoyangAsWhole();
    const p = s.draft?.features[0]?.properties;
    if (!p) throw new Error('no visit');
    p.name = { en: 'Luoyang Bearing Group' } as typeof p.name;
    p.review = [
      'no place named; the place of the visit before (Luoyang) is used',
      'speaker not named',
    ];
    saveSession(s);
    const app = await mount({ keep: true });
    const card = app.querySelector('article.visit') as HTMLElement;
    await moveToZhengzhou(app, card);
    const after = app.session.draft?.features[0]?.properties;
    expect(after?.place.city.en).toBe('Zhengzhou');
    expect(after?.name).toEqual({ en: 'Luoyang Bearing Group' });
    expect(after?.review).toEqual(['speaker not named']);
    expect((after?.quotes[0] as { review?: string[] } | undefined)?.review).toEqual([
      'attached to Luoyang from the paragraph before',
    ]);
  });
});

describe("renaming a visit's site", () => {
  it('makes the notes of its quotes name the site as it is named now', async () => {
    localStorage.clear();
    saveSession(luoyangAsWhole());
    const app = await mount({ keep: true });
    const card = app.querySelector('article.visit') as HTMLElement;
    const site = [...card.querySelectorAll('label')]
      .find(
        (l) =>
          [...l.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent)
            .join('')
            .trim() === 'Site',
      )
      ?.querySelector('input') as HTMLInputElement;
    await userEvent.fill(site, 'Luoyang Bearing Group');
    await settled(app);
    expect(app.session.draft?.features[0]?.properties.name.en).toBe('Luoyang Bearing Group');
    expect(card.querySelector('.items .notes li')?.textContent).toBe(
      'Put with Luoyang Bearing Group because the paragraph before tells that visit: check it belongs there.',
    );
  });
});
