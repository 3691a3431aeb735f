/**
 * A visit told by two reports, on its card (`two-reports` fixture): the popup and the list card
 * say how many reports tell it and name them (title, outlet, date, kept text); each quote and
 * figure names its own report; "How we know" gives each report's passage. A visit told by one
 * report reads as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TWO_REPORTS_TEXT, TWO_REPORTS_URL } from './fixture.js';
import { cleanup, mount, mountWith, root, until } from './helpers.js';

afterEach(cleanup);

const TOLD_TWICE = 'luoyang-bearing-2025-05-19';
const LATER = 'luoyang-bearing-2026-05-27';
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const FLASH = '001_1625df56d16653a6';
const FEATURE = '002_1eda3d6970d3c357';
/** The links to the kept texts of the reports a card lists, as written and as resolved. */
const keptLinks = (card: Element) =>
  [...card.querySelectorAll<HTMLAnchorElement>('.card-reports a[download]')].map((a) => [
    a.getAttribute('href'),
    a.href,
  ]);
const refs = (card: Element, selector: string) =>
  [...card.querySelectorAll(`${selector} .ref`)].map((r) => text(r));

async function popupCard(lang?: string) {
  const el = await mountWith({
    data: JSON.parse(TWO_REPORTS_TEXT),
    markers: 2,
    ...(lang ? { lang } : {}),
  });
  el.select(TOLD_TWICE);
  const card = await until(() => root(el).querySelector('.leaflet-popup-content .card'));
  return { el, card };
}

describe('a visit told by two reports', () => {
  it('says how many reports tell it, and names each: title, outlet, date, kept text', async () => {
    const { el, card } = await popupCard();
    const section = card.querySelector('.card-section--reports');
    expect(text(section?.querySelector('h4'))).toBe('Told by 2 reports');
    expect([...(section?.querySelectorAll('li') ?? [])].map(text)).toEqual([
      '“Xi inspects bearing maker in central China”, Fixture Wire, May 19, 2025, kept text: 001_1625df56d16653a6.txt',
      '“How a bearing maker in Luoyang became a national champion”, Fixture Daily, May 24, 2025, kept text: 002_1eda3d6970d3c357.txt',
    ]);
    // The list's card says the same.
    const item = root(el).querySelector(`[data-list-id="${TOLD_TWICE}"]`);
    expect(text(item?.querySelector('.card-section--reports h4'))).toBe('Told by 2 reports');
    expect(item?.querySelectorAll('.card-section--reports li')).toHaveLength(2);
    // The kept texts beside the page, as the build publishes them.
    expect(keptLinks(card).map(([href]) => href)).toEqual([
      `articles/${FLASH}.txt`,
      `articles/${FEATURE}.txt`,
    ]);
  });

  it('links the kept texts beside the visits file it was given as src', async () => {
    const el = await mount(
      (m) => {
        m.src = TWO_REPORTS_URL;
      },
      document.body,
      2,
    );
    el.select(TOLD_TWICE);
    const card = await until(() => root(el).querySelector('.leaflet-popup-content .card'));
    const beside = new URL('articles/', new URL(TWO_REPORTS_URL, document.baseURI)).href;
    expect(keptLinks(card).map(([, href]) => href)).toEqual([
      `${beside}${FLASH}.txt`,
      `${beside}${FEATURE}.txt`,
    ]);
    // Those files are there, and are the texts the offsets count into.
    const flash = await fetch(`${beside}${FLASH}.txt`).then((r) => r.text());
    expect(flash.slice(242, 304)).toBe(
      'We must keep the lifeline of the real economy in our own hands',
    );
  });

  it('names the report of each quote and figure, at its offsets there', async () => {
    const { card } = await popupCard();
    expect(refs(card, '.quote')).toEqual([
      'Source: report 1 (Fixture Wire), characters 242–304',
      'Source: report 2 (Fixture Daily), characters 258–309',
      'Source: report 2 (Fixture Daily), characters 342–403',
    ]);
    expect(refs(card, '.card-section .stat')).toEqual([
      'Source: report 2 (Fixture Daily), characters 465–543',
    ]);
  });

  it('gives under "How we know" each report’s passage telling the visit', async () => {
    const { card } = await popupCard();
    const how = card.querySelector('.card-provenance') as HTMLDetailsElement;
    expect([...how.querySelectorAll('.card-summary')].map(text)).toEqual([
      '“Chinese President Xi Jinping on Monday afternoon inspected the Luoyang Bearing Group Co., Ltd.”',
      '“President Xi Jinping visited the Luoyang Bearing Group in Luoyang”',
    ]);
    expect(how.querySelector('.card-source')).toBeNull();
  });

  it('says it in Chinese', async () => {
    const { card } = await popupCard('zh-Hans');
    expect(text(card.querySelector('.card-section--reports h4'))).toBe('2篇报道讲述这次视察');
    expect(refs(card, '.quote')[1]).toBe('来源：报道2（Fixture Daily），第 258–309 个字符');
  });

  it('leaves a visit told by one report as it was, its title linked to the original', async () => {
    const data = JSON.parse(TWO_REPORTS_TEXT);
    for (const a of data.articles) a.url = `https://news.example/${a.id}`;
    const el = await mountWith({ data, markers: 2 });
    el.select(LATER);
    const card = await until(() => root(el).querySelector('.leaflet-popup-content .card'));
    expect(card.querySelector('.card-section--reports')).toBeNull();
    expect(refs(card, '.quote')).toEqual(['Source: characters 200–230']);
    // Once "Source:", the title linked to the original where the address is known, then where
    // the passage is.
    const source = text(card.querySelector('.card-source'));
    expect(source).toMatch(
      /^Source: “Xi returns to Luoyang bearing maker”, .*, characters \d+–\d+\.$/,
    );
    expect(source?.match(/Source/g)).toHaveLength(1);
    const link = card.querySelector<HTMLAnchorElement>('.card-source a');
    expect(link?.href).toMatch(/^https:\/\/news\.example\/\d{3}_[0-9a-f]{16}$/);
    expect(text(link)).toBe('Xi returns to Luoyang bearing maker');
  });
});
