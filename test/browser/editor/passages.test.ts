import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  acceptAll,
  addSelectionAsQuote,
  asOtherArticle,
  captureDownloads,
  chooseFile,
  cleanup,
  draft,
  FIXTURE_ARTICLE_ID,
  mount,
  mountCurated,
  selectInArticle,
  selectInTextBox,
  settled,
  textArea,
  textBox,
  until,
  VISITS_FILE,
} from './helpers.js';

afterEach(cleanup);

const LUOYANG = 'luoyang-bearing-2025-05-19';
const PHRASE = 'high -quality development and modernization';

describe('adding passages from a selection', () => {
  it('adds the selected words as a quote, with offsets computed, to the chosen visit', async () => {
    const app = await mountCurated();
    const { start, end } = selectInArticle(app, PHRASE);
    await until(() => app.querySelector('.selected q')?.textContent === PHRASE);
    await settled(app);
    await addSelectionAsQuote(app);
    const quotes =
      app.session.draft?.features.find((f) => f.id === LUOYANG)?.properties.quotes ?? [];
    const added = quotes.find((q) => q.start === start);
    expect(added).toMatchObject({ start, end, text: PHRASE, kind: 'reported' });
    expect(app.session.text.slice(start, end)).toBe(PHRASE);
    expect(app.querySelector(`li[data-item="quote:${added?.id}"]`)).toBeTruthy();
  });

  it('adds a figure from a selection in the text box, its passage the sentence around it', async () => {
    const app = await mountCurated();
    const words = 'almost 80%';
    const start = app.session.text.indexOf(words);
    selectInTextBox(start, start + words.length);
    await until(() => app.querySelector('.selected q')?.textContent === words);
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Add to' }), '-');
    await userEvent.click(page.getByRole('button', { name: 'Add selection as figure' }));
    await settled(app);
    const added = app.session.draft?.statistics.find((s) => s.figure === words && !s.measure);
    // A word-based id, as the draft's: the selected words, "-2" after an id already used.
    expect(added?.id).toBe('almost-80');
    expect(added?.value).toBe(80);
    expect(added?.unit).toBe('%');
    expect(app.session.text.slice(added?.passage.start, added?.passage.end)).toBe(
      added?.passage.text,
    );
    expect(added?.passage.text).toContain(words);
    selectInTextBox(start, start + words.length);
    await until(() => app.querySelector('.selected q')?.textContent === words);
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Add to' }), '-');
    await userEvent.click(page.getByRole('button', { name: 'Add selection as figure' }));
    await settled(app);
    const again = app.session.draft?.statistics.filter((s) => s.figure === words && !s.measure);
    expect(again?.map((s) => s.id)).toEqual(['almost-80', 'almost-80-2']);
  });
});

describe('keeping the work', () => {
  it('finds the work after a reload, decisions and edits included', async () => {
    const first = await mountCurated();
    await userEvent.click(page.getByRole('button', { name: /^Reject: Rizhao/ }));
    await userEvent.click(page.getByRole('button', { name: /^Accept: Luoyang/ }));
    await settled(first);
    first.remove();
    const app = await mount({ keep: true });
    expect(app.session.decisions[`visit:${LUOYANG}`]).toBe('accepted');
    expect(app.querySelector('article.visit[data-decision="rejected"] h3')?.textContent).toMatch(
      /Rizhao/,
    );
  });

  it('asks before a paste replaces unsaved work, and keeps it when told to', async () => {
    const app = await mountCurated();
    const before = app.session;
    const data = new DataTransfer();
    data.setData('text/plain', 'date 2025-06-01\nAnother article.');
    textArea().dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    const dialog = await until(() => app.querySelector<HTMLDialogElement>('dialog[open]'));
    expect(dialog.textContent).toContain('Start a new article?');
    await userEvent.click(page.getByRole('button', { name: 'Keep working' }));
    expect(app.session).toBe(before);
    textArea().dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    await until(() => app.querySelector('dialog[open]'));
    await userEvent.click(page.getByRole('button', { name: 'Discard and start new' }));
    await settled(app);
    expect(app.session.draft).toBeNull();
    expect(app.session.text).toBe('date 2025-06-01\nAnother article.');
  });
});

describe('merging into an existing visits file', () => {
  it('appends the new visits, ids kept unique, the existing data unchanged', async () => {
    const app = await mountCurated();
    // Another text (the merge refuses a text the file already holds, however it is named).
    const existing = asOtherArticle(app.session.draft, 'older-article', 'a'.repeat(64));
    const text = `${JSON.stringify(existing, null, 2)}\n`;
    await acceptAll(app);
    await settled(app);
    const input = page.getByLabelText('Open existing visits file').element() as HTMLInputElement;
    await chooseFile(input, VISITS_FILE, text);
    await until(() => app.session.merge);
    // The opened file is kept with the work: a reload still merges into it.
    app.remove();
    const again = await mount({ keep: true });
    expect(again.session.merge?.name).toBe(VISITS_FILE);
    const downloads = captureDownloads();
    await userEvent.click(page.getByRole('button', { name: 'Download visits file' }));
    const merged = JSON.parse(await until(() => downloads.files.get(VISITS_FILE)));
    downloads.stop();
    expect(merged.features.slice(0, 3)).toEqual(existing.features);
    expect(merged.statistics.slice(0, 3)).toEqual(existing.statistics);
    expect(merged.articles.map((a: { id: string }) => a.id)).toEqual([
      'older-article',
      FIXTURE_ARTICLE_ID,
    ]);
    const ids = merged.features.map((f: { id: string }) => f.id);
    expect(new Set(ids).size).toBe(6);
    expect(ids[3]).toBe(`${existing.features[0].id}-2`);
    expect(merged.features[3].properties.id).toBe(ids[3]);
  });
});

describe('input the engine cannot draft', () => {
  it('says what is missing, next to the input', async () => {
    const app = await mount();
    await page
      .getByLabelText('Article text', { exact: true })
      .fill('President Xi Jinping visited a port in Tianjin on Monday.');
    await settled(app);
    await draft(app);
    expect(app.querySelector('editor-input [role="alert"]')?.textContent).toContain(
      'give the publication date',
    );
    expect(app.session.draft).toBeNull();
  });
});

describe('opening an article file', () => {
  it('reads the text exactly, and the article is named after the file', async () => {
    const app = await mount();
    const input = page.getByLabelText('Open article file').element() as HTMLInputElement;
    const text =
      'date 2025-06-05 Economy\r\nA title\r\nPresident Xi Jinping inspected Tianjin Port in Tianjin on Tuesday.\r\n';
    await chooseFile(input, 'tianjin-port.txt', text);
    await until(() => app.session.text === text);
    expect(app.session.fields.date).toBe('2025-06-05');
    await draft(app);
    expect(app.session.draft?.articles[0]?.id).toBe('tianjin-port');
    // A selection in the text box counts \r\n as one; the quote's offsets count it as two.
    const words = 'Tianjin Port';
    const shown = textBox().state.doc.toString();
    expect(shown).toBe(text.replaceAll('\r\n', '\n'));
    selectInTextBox(shown.indexOf(words), shown.indexOf(words) + words.length);
    await until(() => app.querySelector('.selected q')?.textContent === words);
  });
});
