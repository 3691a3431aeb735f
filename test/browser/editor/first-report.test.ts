/**
 * What a new user met publishing a machine-translated report of a provincial party secretary's
 * visit to a company: the selection's tools follow the live selection, a quote's Visit list shows
 * the visit it is in, a selected title is split off the name, and the notes of quotes on no visit
 * say how to add one while the draft has none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import report from '../../fixtures/editor/fujian-company.txt?raw';
import meeting from '../../fixtures/editor/fujian-meeting.txt?raw';
import { cleanup, draft, mount, paste, selectInArticle, settled, until } from './helpers.js';

afterEach(cleanup);

const LEADER = 'fujian provincial party secretary lu zhong-gong';
const SITE = 'Minjiang Electronics Co., Ltd.';
/** The meeting report's first paragraph, which the draft takes for no visit. */
const MEETING =
  'The standing committee of the fujian provincial party committee met in Fuzhou on Tuesday';
const COMMITTEE = 'Fujian Provincial Party Committee';

async function drafted(text = report): Promise<EditorApp> {
  const app = await mount();
  await paste(app, text);
  await until(() => app.session.fields.date !== '');
  await draft(app);
  return app;
}

async function select(app: EditorApp, words: string): Promise<{ start: number; end: number }> {
  const range = selectInArticle(app, words);
  document.dispatchEvent(new Event('selectionchange'));
  await until(() => app.querySelector('.selected q')?.textContent === words);
  return range;
}

/** The selection tools' buttons that add the selected words, and whether each is enabled. */
const addButtons = (app: EditorApp) =>
  [...app.querySelectorAll<HTMLButtonElement>('.selection-tools button')]
    .filter((b) => b.textContent?.startsWith('Add selection as'))
    .map((b) => [b.textContent?.trim(), !b.disabled]);

/**
 * Adds a visit by hand from the meeting report's first paragraph: the site typed, Fuzhou chosen,
 * the day the passage gives.
 */
async function addTheMeeting(app: EditorApp): Promise<string> {
  await select(app, MEETING);
  await userEvent.click(page.getByRole('button', { name: 'Add selection as visit' }));
  const form = await until(() => app.querySelector('editor-new-visit'));
  await userEvent.keyboard(COMMITTEE);
  await userEvent.tab();
  await userEvent.keyboard('Fuzhou');
  await until(() => form.querySelector('[role="option"]'), 5000);
  await userEvent.keyboard('{ArrowDown}{Enter}');
  const date = form.querySelector('input[name="new-visit-date"]') as HTMLInputElement;
  await until(() => date.value !== '', 5000);
  await userEvent.click(page.getByRole('button', { name: 'Add the visit' }));
  await settled(app);
  const added = app.session.draft?.features.find((f) => f.properties.name.en === COMMITTEE);
  expect(added?.properties.visit.date).toBe('2014-03-11');
  return added?.id as string;
}

/** The quotes listed under "Not attached to a visit", in order, with their Visit list. */
const unattachedQuotes = (app: EditorApp) => {
  const heading = [...app.querySelectorAll('editor-review h3, editor-review h4')].find(
    (h) => h.textContent?.trim() === 'Not attached to a visit',
  );
  const section = heading?.closest('section') ?? heading?.parentElement;
  return [...(section?.querySelectorAll<HTMLElement>('li.item.quote') ?? [])];
};

describe('a first report through the editor', () => {
  it('shows the selection and offers its tools only while words are selected', async () => {
    const app = await drafted();
    const line = app.querySelector('.selection-tools .selected') as HTMLElement;
    await select(app, LEADER);
    expect(line.textContent?.trim()).toBe(`Selected text: ${LEADER}`);
    expect(addButtons(app)).toEqual([
      ['Add selection as visit', true],
      ['Add selection as quote', true],
      ['Add selection as figure', true],
      ['Add selection as leader', true],
      ['Add selection as accompanying official', true],
    ]);
    // A click elsewhere leaves nothing selected: nothing is offered, nothing can be added.
    await userEvent.click(page.getByRole('heading', { name: 'Review', exact: true }));
    await until(() => document.getSelection()?.isCollapsed);
    await settled(app);
    expect(line.textContent?.trim()).toBe(
      'Select words in the article or in the article text box.',
    );
    expect(addButtons(app).every(([, enabled]) => !enabled)).toBe(true);
    const quotes = app.session.handQuotes?.length ?? 0;
    (app.querySelector('.selection-tools button:nth-of-type(2)') as HTMLButtonElement).click();
    await settled(app);
    expect(app.session.handQuotes?.length ?? 0).toBe(quotes);
  });

  it('says a quote on no visit has none to go to while the draft has no visit', async () => {
    const app = await drafted(meeting);
    expect(app.session.draft?.features).toEqual([]);
    const quotes = app.session.draft?.quotes ?? [];
    expect(quotes.map((q) => q.text)).toEqual([
      'Innovation is the root of an enterprise',
      'Every county must finish the work this year.',
      'The whole province must keep its promises',
    ]);
    const notes = (text: string) =>
      [
        ...(app
          .querySelector(`[data-item="quote:${quotes.find((q) => q.text === text)?.id}"]`)
          ?.querySelectorAll('.notes li') ?? []),
      ].map((li) => li.textContent);
    const none =
      'The draft has no visit yet: select the words that tell of the visit in the marked article and press “Add selection as visit”; then choose it here.';
    for (const q of quotes) {
      expect(notes(q.text)).toEqual([
        'The article does not name the speaker: name them, or leave it if it does not.',
        none,
      ]);
    }
    // With a visit, the day the second quote is told of is said again.
    await addTheMeeting(app);
    expect(notes('Every county must finish the work this year.')).toEqual([
      'The article does not name the speaker: name them, or leave it if it does not.',
      'Belongs to no visit: it is told of another day (“On March 3”), not of the visit before.',
    ]);
  });

  it('shows in each quote’s Visit list the visit the quote is in', async () => {
    const app = await drafted();
    const id = app.session.draft?.features.find((f) => f.properties.name.en === SITE)?.id;
    const [first, second] = unattachedQuotes(app);
    const visitList = (item: HTMLElement | undefined) =>
      item?.querySelector('select.move') as HTMLSelectElement;
    expect([visitList(first).value, visitList(second).value]).toEqual(['', '']);
    const secondKey = second?.dataset.item;
    await userEvent.selectOptions(visitList(first), SITE);
    await settled(app);
    const quote = (key: string | undefined) =>
      app.session.draft?.quotes?.find((q) => `quote:${q.id}` === key);
    // The second quote is still on no visit, and its list says so.
    expect(quote(secondKey)?.text).toBe('The whole province must keep its promises');
    const row = app.querySelector(`[data-item="${secondKey}"]`) as HTMLElement;
    expect(visitList(row).value).toBe('');
    expect(visitList(row).selectedOptions[0]?.textContent).toBe('No visit (unattached)');
    const moved = app.session.draft?.features.find((f) => f.id === id)?.properties.quotes;
    expect(moved?.map((q) => q.text)).toEqual([
      'Innovation is the root of an enterprise',
      'Every county must finish the work this year.',
    ]);
  });

  it('splits a selected title off the name: the name as leader, the title as title', async () => {
    const app = await drafted();
    const id = app.session.draft?.features.find((f) => f.properties.name.en === SITE)?.id;
    const range = await select(app, LEADER);
    await userEvent.click(page.getByRole('button', { name: 'Add selection as leader' }));
    await settled(app);
    expect(app.session.draft?.features.find((f) => f.id === id)?.properties.leader).toEqual({
      name: { en: 'lu zhong-gong' },
      title: { en: 'fujian provincial party secretary' },
      passage: { ...range, text: LEADER },
    });
  });
});
