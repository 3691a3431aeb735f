/**
 * The editor as an attacker and a heavy user meet it: drafting runs in a worker and can be
 * cancelled; a byte order mark hides no title; a link is checked as typed; the existing visits
 * file is checked before anything is merged, kept across a reload or refused in words, merged
 * with its records exactly as they were, and never merged twice with one article; a download
 * without it is never named like it; another tab's change is taken, not overwritten; focus goes
 * on after Accept all.
 */
import { parseTree } from 'jsonc-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { SESSION_KEY, saveSession } from '../../../src/editor/session.js';
import {
  acceptAll,
  asOtherArticle,
  captureDownloads,
  chooseFile,
  cleanup,
  curatedSession,
  FIXTURE_ARTICLE_ID,
  fixtureText,
  mount,
  mountCurated,
  paste,
  settled,
  until,
  VISITS_FILE,
} from './helpers.js';

afterEach(cleanup);

// biome-ignore lint/suspicious/noExplicitAny: the tests reach into JSON of any shape on purpose.
type Json = any;

const button = (name: string) => page.getByRole('button', { name, exact: true });
const existingInput = () =>
  page.getByLabelText('Open existing visits file').element() as HTMLInputElement;

/** The curated visits as another article's: another id and SHA-256, so they merge. */
function otherArticle(): Json {
  return asOtherArticle(curatedSession().draft, 'older-article', 'b'.repeat(64));
}

/** The raw text of every item of every top-level array, by array. */
function records(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const member of parseTree(text)?.children ?? []) {
    const [key, value] = member.children ?? [];
    if (key && value?.type === 'array')
      out[key.value] = (value.children ?? []).map((c) => text.slice(c.offset, c.offset + c.length));
  }
  return out;
}

describe('drafting in a worker', () => {
  it('shows progress, and Cancel stops it and leaves the editor ready to draft again', async () => {
    const app = await mount();
    const long = `${fixtureText}\n${'Officials described the plans for the coming years. '.repeat(19_000)}`;
    await paste(app, long);
    await userEvent.click(button('Draft visits'));
    await until(() => app.querySelector('editor-input progress'));
    expect(app.querySelector('editor-input [role="status"]')?.textContent).toContain('Drafting…');
    await userEvent.click(button('Cancel drafting'));
    await until(() => !app.querySelector('editor-input progress'));
    await settled(app);
    expect(app.querySelector('editor-input [role="alert"]')?.textContent).toBe(
      'Drafting cancelled.',
    );
    expect(app.session.draft).toBeNull();
    await paste(app, fixtureText);
    await userEvent.click(button('Draft visits'));
    await until(() => app.session.draft, 15_000);
    expect(app.session.draft?.features.length).toBeGreaterThan(0);
  });

  it('reads past a byte order mark: the title is the title line, the date line is read', async () => {
    const app = await mount();
    await paste(app, `\ufeff${fixtureText}`);
    const title = page.getByLabelText('Title', { exact: true }).element() as HTMLInputElement;
    await until(() => title.value !== '', 5000);
    expect(title.value).toBe('XI Focus: Fortify the backbone of innovation manufacturing');
    expect(app.session.fields.date).toBe('2025-05-22');
  });
});

describe('a link', () => {
  it('is checked as it is typed, and Draft refuses one that is not http(s)', async () => {
    const app = await mount();
    await paste(app, fixtureText);
    const link = page.getByLabelText('Link to the original');
    await userEvent.type(link, 'javascript:alert(1)');
    await settled(app);
    expect(link.element().getAttribute('aria-invalid')).toBe('true');
    expect(app.querySelector('#url-problem')?.textContent).toBe(
      'A link starts with http:// or https://.',
    );
    await userEvent.click(button('Draft visits'));
    await settled(app);
    expect(app.querySelector('editor-input [role="alert"]')?.textContent).toBe(
      'A link starts with http:// or https://.',
    );
    expect(app.session.draft).toBeNull();
  });
});

describe('Accept all', () => {
  it('moves focus on to the download', async () => {
    const app = await mountCurated();
    await acceptAll(app);
    await until(() => document.activeElement?.textContent?.trim() === 'Download visits file');
  });
});

describe('the existing visits file', () => {
  it.each([
    [
      '"articles": "abc"',
      (d: Json) => (d.articles = 'abc'),
      /file: articles: expected an array of articles, got "abc"/,
    ],
    [
      '"quotes": 5',
      (d: Json) => (d.quotes = 5),
      /file: quotes: expected an array of quotes, got 5/,
    ],
    [
      '"statistics": "abc"',
      (d: Json) => (d.statistics = 'abc'),
      /file: statistics: expected an array of statistics/,
    ],
  ])('with %s is refused in words, not kept, and nothing merged', async (_, change, message) => {
    const app = await mountCurated();
    await acceptAll(app);
    const d = otherArticle();
    change(d);
    await chooseFile(existingInput(), VISITS_FILE, JSON.stringify(d));
    const alert = await until(() => app.querySelector('editor-publish [role="alert"]'));
    expect(alert.textContent).toMatch(/^visits\.geojson was not kept: it has \d+ problems?/);
    expect(app.querySelector('editor-publish ul.problems')?.textContent).toMatch(message);
    expect(app.session.merge).toBeNull();
  });

  it('with numbers JavaScript cannot read exactly is refused, naming them', async () => {
    const app = await mountCurated();
    const text = JSON.stringify(otherArticle())
      .replace(/"start":(\d+)/, '"start":12345678901234567890')
      .replace(/"coordinates":\[([\d.]+),/, '"coordinates":[1e309,');
    await chooseFile(existingInput(), VISITS_FILE, text);
    await until(() => app.querySelector('editor-publish ul.problems'));
    const problems = app.querySelector('editor-publish ul.problems')?.textContent ?? '';
    expect(problems).toContain('got 12345678901234567890 (it reads as 12345678901234567000)');
    expect(problems).toContain('got 1e309 (it reads as Infinity)');
    expect(app.session.merge).toBeNull();
  });

  it('is kept across a reload, and its records come out exactly as they went in', async () => {
    // Another file's own layout: tabs, a number written 1.50, an escaped letter.
    const d = otherArticle();
    d.features[0].properties.name.zh = 'é';
    const text = `${JSON.stringify(d, null, '\t')
      .replace('"é"', '"\\u00e9"')
      .replace(/"value": 70/, '"value": 70.0')}\n`;
    let app = await mountCurated();
    await acceptAll(app);
    await chooseFile(existingInput(), 'my-file.geojson', text);
    await until(() => app.session.merge);
    app.remove();
    app = await mount({ keep: true });
    expect(app.querySelector('editor-publish')?.textContent).toContain(
      'Merging into my-file.geojson (3 visits already in it).',
    );
    const downloads = captureDownloads();
    await until(() => !(app.querySelector('button.download-visits') as HTMLButtonElement).disabled);
    await userEvent.click(button('Download visits file'));
    const merged = await until(() => downloads.files.get(VISITS_FILE));
    downloads.stop();
    const before = records(text);
    const after = records(merged);
    for (const key of ['articles', 'statistics', 'features'])
      expect(after[key]?.slice(0, before[key]?.length)).toEqual(before[key]);
    expect(after.features).toHaveLength(6);
    expect(merged).toContain('"\\u00e9"');
    expect(JSON.parse(merged).articles.map((a: Json) => a.id)).toEqual([
      'older-article',
      FIXTURE_ARTICLE_ID,
    ]);
  });

  it('that already holds the article (same SHA-256, another id) names it and does not merge it again', async () => {
    const app = await mountCurated();
    await acceptAll(app);
    const d = asOtherArticle(app.session.draft, 'renamed');
    await chooseFile(existingInput(), VISITS_FILE, JSON.stringify(d));
    const alert = await until(() => app.querySelector('editor-publish [role="alert"]'));
    expect(alert.textContent).toBe(
      `${VISITS_FILE} already holds this article (renamed, “${d.articles[0].title}”: the same text). It is not merged again.`,
    );
    expect((app.querySelector('button.download-visits') as HTMLButtonElement).disabled).toBe(true);
  });

  it('is never named like the download of the new visits alone', async () => {
    const app = await mountCurated();
    await acceptAll(app);
    const downloads = captureDownloads();
    await userEvent.click(button('Download visits file'));
    await until(() => downloads.files.size === 1);
    downloads.stop();
    expect([...downloads.files.keys()]).toEqual([`visits-${FIXTURE_ARTICLE_ID}.geojson`]);
  });
});

describe('two tabs', () => {
  it('a change stored by another tab replaces this one, and the tab says so', async () => {
    const app = await mountCurated();
    const other = {
      ...curatedSession(),
      decisions: { [`visit:${app.session.draft?.features[0]?.id}`]: 'rejected' as const },
    };
    saveSession(other);
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: SESSION_KEY,
        newValue: localStorage.getItem(SESSION_KEY),
      }),
    );
    await settled(app);
    expect(app.session.decisions).toEqual(other.decisions);
    expect(app.textContent).toContain('The work changed in another tab of the editor');
  });
});
