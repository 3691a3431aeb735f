import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { PUBLISH_META, PUBLISH_PATH } from '../../../src/editor/project-api.js';
import { articleFile, DATA_FOLDER } from '../../../src/model/paths.js';
import {
  acceptAll,
  cleanup,
  curatedSession,
  mountCurated,
  settled,
  until,
  VISITS_FILE,
} from './helpers.js';

/** The project's file already holds the article being edited: it was published before. */
const published = curatedSession().draft;
const TITLE = published?.articles[0]?.title ?? '';
const IDS = published?.features.map((f) => f.id) ?? [];

let meta: HTMLMetaElement;
let link: HTMLLinkElement;
let sent: { article: string; visits: { features: unknown[] } }[];
beforeEach(() => {
  meta = document.createElement('meta');
  meta.name = PUBLISH_META;
  meta.content = PUBLISH_PATH;
  // …and links its visits file.
  link = document.createElement('link');
  link.rel = 'alternate';
  link.type = 'application/geo+json';
  link.href = VISITS_FILE;
  document.head.append(meta, link);
  sent = [];
  const file = JSON.stringify(published);
  const real = window.fetch.bind(window);
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    const url = String(input);
    if (url.endsWith(`/${VISITS_FILE}`))
      return Promise.resolve(
        new Response(file, { headers: { 'Content-Type': 'application/json' } }),
      );
    if (url.endsWith(PUBLISH_PATH)) {
      sent.push(JSON.parse(String(init?.body)));
      const answer = {
        ok: true,
        article: articleFile('x'),
        visits: IDS,
        total: IDS.length,
        replaced: IDS,
      };
      return Promise.resolve(new Response(JSON.stringify(answer)));
    }
    return real(input, init);
  });
});
afterEach(() => {
  cleanup();
  meta.remove();
  link.remove();
  vi.restoreAllMocks();
});

const note = () => document.querySelector('.project .republish')?.textContent ?? '';
const button = () => page.getByRole('button', { name: 'Publish to this project' });

describe('publishing an article the project already holds', { timeout: 60_000 }, () => {
  it('says first that it replaces its visits, publishes, and can publish a correction again', async () => {
    const app = await mountCurated();
    await acceptAll(app);
    await until(() => note() !== '');
    await settled(app);
    expect(note()).toBe(
      `This article is already on the map (“${TITLE}”, ${IDS.length} visits): publishing it again replaces those visits, with their quotes and figures, by the accepted work here. The file before is kept as ${DATA_FOLDER}/${VISITS_FILE}.bak.`,
    );
    // Its own visits are not taken for visits published twice: nothing waits on overlaps.
    expect(document.querySelector('.overlaps')).toBeNull();
    expect((button().element() as HTMLButtonElement).getAttribute('aria-describedby')).toBe(
      'publish-status republish-note',
    );
    await userEvent.click(button());
    await until(() => sent.length === 1 && document.querySelector('.project .done'));
    await settled(app);
    expect(sent[0]?.visits.features).toHaveLength(IDS.length);
    expect(document.querySelector('.project .done')?.textContent).toContain(
      `They replace the ${IDS.length} visits this article had before (the file before is ${DATA_FOLDER}/${VISITS_FILE}.bak).`,
    );
    expect((button().element() as HTMLButtonElement).disabled).toBe(true);
    // The status says what was done, not that it is still to do.
    const status = () => document.querySelector('#publish-status')?.textContent;
    expect(status()).toBe(`${IDS.length} accepted visits published to this project.`);
    // The keyboard goes on from the link to the map, not from the top of the page.
    await until(() => document.activeElement?.matches('a.open-map'));
    expect(document.activeElement?.textContent).toBe('Open the map at this visit');

    // A mistake fixed after publishing: the same article can be published again.
    await userEvent.click(page.getByRole('button', { name: /^Undo decision: Rizhao/ }));
    await userEvent.click(page.getByRole('button', { name: /^Reject: Rizhao/ }));
    await until(() => note() !== '');
    await settled(app);
    expect((button().element() as HTMLButtonElement).disabled).toBe(false);
    expect(status()).toBe('2 accepted visits ready to publish.');
    await userEvent.click(button());
    await until(() => sent.length === 2);
    expect(sent[1]?.visits.features).toHaveLength(2);
  });
});
