import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { PUBLISH_META, PUBLISH_PATH } from '../../../src/editor/project-api.js';
import type { VisitFeature } from '../../../src/model/schema.js';
import {
  acceptAll,
  asOtherArticle,
  cleanup,
  curatedSession,
  mountCurated,
  settled,
  until,
  VISITS_FILE,
} from './helpers.js';

/**
 * The project's visits file, as its server would serve it beside the editor: another article
 * that tells the Luoyang visit (the same site, the same week), a museum in Luoyang that day,
 * the same site a year before, and nothing near Benxi or Rizhao.
 */
function projectFile() {
  const d = asOtherArticle(curatedSession().draft, 'xinhua-luoyang', 'f'.repeat(64));
  d.articles[0].title = 'Xi tours Luoyang';
  const luoyang = d.features.find((f: VisitFeature) => f.id === 'luoyang-bearing-2025-05-19');
  const copy = (id: string, change: (f: VisitFeature) => void): VisitFeature => {
    const f = structuredClone(luoyang) as VisitFeature;
    f.id = id;
    f.properties.id = id;
    change(f);
    return f;
  };
  const museum = copy('luoyang-museum-2025-05-19', (f) => {
    f.properties.name = { en: 'Luoyang Museum' };
  });
  const yearBefore = copy('luoyang-bearing-2024-05-19', (f) => {
    f.properties.visit.date = '2024-05-19';
  });
  luoyang.properties.visit.date = '2025-W21';
  d.features = [luoyang, museum, yearBefore];
  return d;
}

let meta: HTMLMetaElement;
let link: HTMLLinkElement;
beforeEach(() => {
  // Served by the project's own server: it announces its publish operation and serves the file.
  meta = document.createElement('meta');
  meta.name = PUBLISH_META;
  meta.content = PUBLISH_PATH;
  // …and links its visits file.
  link = document.createElement('link');
  link.rel = 'alternate';
  link.type = 'application/geo+json';
  link.href = VISITS_FILE;
  document.head.append(meta, link);
  const file = JSON.stringify(projectFile());
  const real = window.fetch.bind(window);
  vi.spyOn(window, 'fetch').mockImplementation((input, init) =>
    String(input).endsWith(`/${VISITS_FILE}`)
      ? Promise.resolve(new Response(file, { headers: { 'Content-Type': 'application/json' } }))
      : real(input, init),
  );
});
afterEach(() => {
  cleanup();
  meta.remove();
  link.remove();
  vi.restoreAllMocks();
});

const publish = () =>
  page.getByRole('button', { name: 'Publish to this project' }).element() as HTMLButtonElement;
const entries = () =>
  [...document.querySelectorAll('.overlaps li')].map((li) =>
    [...li.querySelectorAll('strong, dd')].map((x) => x.textContent?.replace(/\s+/g, ' ').trim()),
  );

describe('before publishing to the project', () => {
  it('shows a visit already on the map at the same site or in the same city on overlapping dates, beside the new one', async () => {
    const app = await mountCurated();
    await acceptAll(app);
    await settled(app);
    const group = page.getByRole('group', {
      name: `The map may already have what you are publishing: data/${VISITS_FILE} has 2 visits at the same site or in the same city on overlapping dates.`,
    });
    await expect.element(group).toBeVisible();
    expect(entries()).toEqual([
      [
        'The same site, on overlapping dates',
        'Luoyang Bearing Group Co., Ltd. · May 19, 2025 · Luoyang, Henan',
        'Luoyang Bearing Group Co., Ltd. · week of May 19, 2025 · Luoyang, Henan · Xi tours Luoyang',
      ],
      [
        'The same city, on overlapping dates',
        'Luoyang Bearing Group Co., Ltd. · May 19, 2025 · Luoyang, Henan',
        'Luoyang Museum · May 19, 2025 · Luoyang, Henan · Xi tours Luoyang',
      ],
    ]);
    // Publishing waits for the person's word.
    expect(publish().disabled).toBe(true);
    await userEvent.click(page.getByLabelText('These are separate visits: publish them'));
    await settled(app);
    expect(publish().disabled).toBe(false);
  });

  it('says nothing once the visit is rejected', async () => {
    const app = await mountCurated();
    await acceptAll(app);
    await settled(app);
    await expect
      .element(page.getByRole('group', { name: /The map may already have/ }))
      .toBeVisible();
    const name = 'Luoyang Bearing Group Co., Ltd.';
    await userEvent.click(page.getByRole('button', { name: `Undo decision: ${name}` }));
    await settled(app);
    await userEvent.click(page.getByRole('button', { name: `Reject: ${name}` }));
    await settled(app);
    expect(document.querySelector('.overlaps')).toBeNull();
    expect(publish().disabled).toBe(false);
  });
});

describe('a project without a visits file (a new one)', () => {
  it('asks for no visits file the page does not link, so no 404 is logged, and says nothing', async () => {
    link.remove();
    const app = await mountCurated();
    await acceptAll(app);
    await settled(app);
    const asked = vi.mocked(window.fetch).mock.calls.map(([input]) => String(input));
    expect(asked.filter((u) => u.endsWith(`/${VISITS_FILE}`))).toEqual([]);
    expect(document.querySelector('.overlaps')).toBeNull();
    expect(publish().disabled).toBe(false);
  });
});

describe("the article id, with the project's visits file", () => {
  it('is refused as it is typed when the file holds another article with that id', async () => {
    const app = await mountCurated();
    await until(() => app.held?.length);
    const own = app.session.draft?.articles[0]?.id;
    expect(own).not.toBe('xinhua-luoyang');
    await userEvent.click(page.getByText('Date, title, outlet and link'));
    const box = page.getByLabelText('Article id');
    await userEvent.fill(box, 'xinhua-luoyang');
    await settled(app);
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');
    expect(app.querySelector('#id-problem')?.textContent).toBe(
      'The visits file already has an article with the id xinhua-luoyang: choose another.',
    );
    expect(app.session.draft?.articles[0]?.id).toBe(own);
    await userEvent.fill(box, 'xinhua-luoyang-bearing');
    await settled(app);
    expect(app.session.draft?.articles[0]?.id).toBe('xinhua-luoyang-bearing');
    expect(app.querySelector('#id-problem')).toBeNull();
  });
});
