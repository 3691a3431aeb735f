import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import { acceptAllAndDownload, cleanup, draft, mount, paste, settled } from './helpers.js';

afterEach(cleanup);

// One visit with a quote (speaker not named) and a figure; a quote told at another event.
const HEFEI = `Official inspects robot maker in Hefei

HEFEI, May 14 (Xinhua) -- A senior official on Tuesday visited Hefei Robotics Company, a maker of industrial robots in the city of Hefei, capital of east China's Anhui Province.

At the company, the official learned about its products and research. "We must keep innovating," he said.

The company's output rose 12 percent last year, according to the provincial government.

At a conference in Beijing last month, the minister said: "Robots are the future."
`;
const VISIT = 'hefei-robotics-company-2025-05-13';

async function drafted(): Promise<EditorApp> {
  const app = await mount();
  await paste(app, HEFEI);
  const date = page.getByLabelText('Publication date').element();
  await userEvent.fill(date as HTMLInputElement, '2025-05-14');
  await draft(app);
  return app;
}

/** The text box or list of choices labelled `label` (its label's own words) inside `root`. */
function control(root: Element, label: string): HTMLInputElement | HTMLSelectElement {
  const found = [...root.querySelectorAll('label')].find(
    (l) =>
      [...l.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('')
        .trim() === label,
  );
  const el = found?.querySelector('input, select');
  if (!el) throw new Error(`no field labelled ${label}`);
  return el as HTMLInputElement | HTMLSelectElement;
}

/** Fills a field: input events only, the focus left in it (no blur, no change event). */
async function typeInto(app: EditorApp, root: Element, label: string, text: string) {
  const el = control(root, label) as HTMLInputElement;
  await userEvent.fill(el, text);
  expect(document.activeElement).toBe(el);
  await settled(app);
}

async function choose(app: EditorApp, root: Element, label: string, value: string) {
  await userEvent.selectOptions(control(root, label) as HTMLSelectElement, value);
  await settled(app);
}

const card = (app: EditorApp) => app.querySelector(`[data-item="visit:${VISIT}"]`) as HTMLElement;
const quoteRow = (app: EditorApp, id: string) =>
  app.querySelector(`li[data-item="quote:${id}"]`) as HTMLElement;
/** The visit's one figure ("rose 12 percent"), whatever id the engine gives it. */
const figureRow = (app: EditorApp) => card(app).querySelector('li.figure') as HTMLElement;
const notesOf = (el: Element) =>
  [...el.querySelectorAll('.notes li')].map((li) => [li.getAttribute('lang'), li.textContent]);

describe('every drafted field', () => {
  it('is edited in place and published as edited', async () => {
    const app = await drafted();
    await typeInto(app, card(app), 'Site', 'Hefei Robotics Co.');
    await typeInto(app, card(app), 'Site in Chinese', '合肥机器人公司');
    await typeInto(app, card(app), 'Organisation', 'Hefei Robotics Group');
    await typeInto(app, card(app), 'Facility (optional)', 'Assembly plant');
    await choose(app, card(app), 'Part of the day', 'morning');
    const quote = quoteRow(app, 'hefei-robotics-company-we-must-keep-innovating');
    await choose(app, quote, 'Kind', 'reported');
    await typeInto(app, quote, 'Speaker', 'the official');
    const figure = figureRow(app);
    await typeInto(app, figure, 'Figure as worded', 'rose 12 percent');
    await typeInto(app, figure, 'What it measures', 'robot output');
    await typeInto(app, figure, 'Value', '12.5');
    await typeInto(app, figure, 'Unit', 'percent');
    await choose(app, figureRow(app), 'Scope', 'city');
    await typeInto(app, figureRow(app), 'Area it covers', 'Hefei');
    await typeInto(app, figureRow(app), 'Period (year or date)', '2025');
    await typeInto(app, figureRow(app), 'Period as worded', 'this year');

    const out = await acceptAllAndDownload(app);
    const p = out.features[0].properties;
    expect(p.name).toEqual({ en: 'Hefei Robotics Co.', zh: '合肥机器人公司' });
    expect(p.organisation).toEqual({ en: 'Hefei Robotics Group' });
    expect(p.facility).toEqual({ en: 'Assembly plant' });
    expect(p.visit.dayPart).toBe('morning');
    expect(p.quotes[0]).toMatchObject({ kind: 'reported', speaker: 'the official' });
    expect(p.statistics[0]).toMatchObject({
      figure: 'rose 12 percent',
      measure: 'robot output',
      value: 12.5,
      unit: 'percent',
      scope: 'city',
      area: { en: 'Hefei' },
      period: '2025',
      periodWording: 'this year',
    });
  });

  it('renames the card when its site field loses the focus, not at each keystroke', async () => {
    const app = await drafted();
    const heading = () => card(app).querySelector('h3')?.textContent;
    const accept = () => card(app).querySelector('.decision button')?.getAttribute('aria-label');
    const before = heading();
    expect(before).toBe('Hefei Robotics Company');
    await typeInto(app, card(app), 'Site', 'Hefei Robot');
    await typeInto(app, card(app), 'Site', 'Hefei Robotics Co.');
    // Saved as typed, while the card keeps its name.
    expect(app.session.draft?.features[0]?.properties.name.en).toBe('Hefei Robotics Co.');
    expect(heading()).toBe(before);
    expect(accept()).toBe(`Accept: ${before}`);
    (control(card(app), 'Organisation') as HTMLInputElement).focus();
    await settled(app);
    expect(heading()).toBe('Hefei Robotics Co.');
    expect(accept()).toBe('Accept: Hefei Robotics Co.');
    // Named by hand, the site gives the visit's id when it is published.
    expect(app.session.renamedSites).toEqual([VISIT]);
    const out = await acceptAllAndDownload(app);
    expect(out.features[0].id).toBe('hefei-robotics-2025-05-13');
  });

  it('keeps a space typed when the editor redraws before the next letter', async () => {
    const app = await drafted();
    const id = 'hefei-robotics-company-we-must-keep-innovating';
    const box = control(quoteRow(app, id), 'Speaker') as HTMLInputElement;
    box.focus();
    // Two keystrokes in one task, then a redraw: what is stored is trimmed, the box is not.
    for (const typed of ['the', 'the ']) {
      box.value = typed;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await settled(app);
    expect(box.value).toBe('the ');
    await userEvent.type(box, 'official');
    await settled(app);
    expect(box.value).toBe('the official');
    expect(app.session.draft?.features[0]?.properties.quotes[0]?.speaker).toBe('the official');
  });

  it('is kept as it is typed: a reload with the focus still in the box loses nothing', async () => {
    const app = await drafted();
    const id = 'hefei-robotics-company-we-must-keep-innovating';
    const speaker = () => control(quoteRow(app, id), 'Speaker') as HTMLInputElement;
    const said = () => app.session.draft?.features[0]?.properties.quotes[0]?.speaker;
    // Typing on in one field is one step to undo.
    await userEvent.type(speaker(), 'the official');
    expect(said()).toBe('the official');
    await userEvent.click(page.getByRole('button', { name: 'Undo last change' }));
    await settled(app);
    expect(said()).toBeNull();
    await userEvent.type(speaker(), 'the senior official');
    expect(document.activeElement).toBe(speaker());
    app.remove();
    const again = await mount({ keep: true });
    expect((control(quoteRow(again, id), 'Speaker') as HTMLInputElement).value).toBe(
      'the senior official',
    );
    const q = again.session.draft?.features[0]?.properties.quotes[0];
    expect(q?.speaker).toBe('the senior official');
  });
});

describe('a review note', () => {
  it('goes away when what it says is fixed', async () => {
    const app = await drafted();
    const id = 'robots-are-future';
    expect(notesOf(quoteRow(app, id))).toEqual([
      ['en', 'The article does not name the speaker: name them, or leave it if it does not.'],
      [
        'en',
        'Belongs to no visit: it was said at another event (“At a conference in Beijing last month”), not at the visit before.',
      ],
    ]);
    await userEvent.selectOptions(
      quoteRow(app, id).querySelector('select.move') as HTMLSelectElement,
      VISIT,
    );
    await settled(app);
    expect(card(app).contains(quoteRow(app, id))).toBe(true);
    expect(notesOf(quoteRow(app, id))).toEqual([
      ['en', 'The article does not name the speaker: name them, or leave it if it does not.'],
    ]);
    await typeInto(app, quoteRow(app, id), 'Speaker', 'the minister');
    expect(notesOf(quoteRow(app, id))).toEqual([]);
    const q = app.session.draft?.features[0]?.properties.quotes.find((x) => x.id === id);
    expect(q && 'review' in q).toBe(false);
  });

  it('is shown in the interface’s language', async () => {
    const app = await drafted();
    app.lang = 'zh-Hans';
    await settled(app);
    expect(notesOf(quoteRow(app, 'robots-are-future'))).toEqual([
      ['zh-Hans', '文章没有指明发言人：请填写；文章确实没有指明时可保留。'],
      [
        'zh-Hans',
        '不属于任何视察：这是在另一场合（“At a conference in Beijing last month”）说的，而不是在前面的视察中。',
      ],
    ]);
  });
});
