/**
 * The page's section of figures beyond a single site: every national figure is listed once,
 * those outside any visit and those placed on a visit alike, and a figure placed on a visit
 * names it with a link that opens it in the map (the page's `#visit=<id>` link).
 */
import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { parseVisits } from '../../src/model/load.js';
import { renderNationalFigures } from '../../src/page/national.js';
import { followVisitLinks } from '../../src/page/visit-links.js';
import { data, LUOYANG, RIZHAO, root, until } from './helpers.js';

interface Figure {
  id: string;
  scope: string;
}
interface Dataset {
  statistics: Figure[];
  features: { id: string; properties: { statistics: Figure[] } }[];
}

const SHARE = 'traditional-industries-share-of-manufacturing';
const ENERGY = 'energy-use-per-value-added-2024';

/**
 * The one-article fixture with the energy figure moved onto the Rizhao visit, and the share
 * figure placed on the Luoyang and Rizhao visits as well as outside them.
 */
function placed(): Dataset {
  const d = data() as unknown as Dataset;
  const visit = (id: string) => d.features.find((f) => f.id === id)?.properties.statistics ?? [];
  const figure = (id: string) => d.statistics.find((s) => s.id === id) as Figure;
  visit(RIZHAO).push(figure(ENERGY), figure(SHARE));
  visit(LUOYANG).push(figure(SHARE));
  d.statistics = d.statistics.filter((s) => s.id !== ENERGY);
  return d;
}

/** The section rendered into the document, as the page renders it. */
function section(dataset: Dataset, lang = 'en'): HTMLElement {
  const visits = parseVisits(dataset);
  expect(visits.problems).toEqual([]);
  const host = document.createElement('div');
  document.body.append(host);
  render(renderNationalFigures(visits, lang), host);
  return host;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const figures = (host: HTMLElement) => [...host.querySelectorAll('.national-figure')];
const measureOf = (figure: Element) => squash(figure.querySelector('.stat-value')?.textContent);
const visitsOf = (figure: Element) => squash(figure.querySelector('.figure-visits')?.textContent);

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('national figures, by article', () => {
  it('lists every national figure once, a figure placed on visits naming each of them', () => {
    const host = section(placed());
    expect(squash(host.querySelector('#national-heading')?.textContent)).toBe(
      'National figures in the article',
    );
    const listed = figures(host);
    expect(listed.map(measureOf)).toEqual(['almost 80%', '8%', 'fell']);
    expect(listed.map(visitsOf)).toEqual([
      'Visits: Rizhao Port, Rizhao, Shandong, May 22, 2024 and Luoyang Bearing Group Co., Ltd., Luoyang, Henan, May 19, 2025',
      '',
      'Visit: Rizhao Port, Rizhao, Shandong, May 22, 2024',
    ]);
    const links = listed.map((f) =>
      [...f.querySelectorAll('.figure-visits a')].map((a) => a.getAttribute('href')),
    );
    expect(links).toEqual([[`#visit=${RIZHAO}`, `#visit=${LUOYANG}`], [], [`#visit=${RIZHAO}`]]);
    // The figure's own passage is still the one it cites.
    expect(listed[2]?.textContent).toContain(
      'energy consumption per unit of value added fell in 2024',
    );
  });

  it('names the visit in Chinese too', () => {
    const host = section(placed(), 'zh-Hans');
    const energy = figures(host)[2] as Element;
    expect(visitsOf(energy)).toMatch(/^视察：日照港/);
  });

  it('leaves out a visit’s own site figures and shows nothing for a dataset without figures', () => {
    const d = placed();
    expect(d.features.some((f) => f.properties.statistics.some((s) => s.scope === 'site'))).toBe(
      true,
    );
    expect(figures(section(d))).toHaveLength(3);
    const none = placed();
    none.statistics = [];
    for (const f of none.features)
      f.properties.statistics = f.properties.statistics.filter((s) => s.scope !== 'national');
    expect(section(none).querySelector('#national-figures')).toBeNull();
  });

  it('opens the visit a figure names in the map, from the keyboard', async () => {
    const dataset = placed();
    const el = document.createElement('inspection-map');
    el.setAttribute('deep-link', '');
    el.style.cssText = 'display:block;width:900px;height:500px';
    el.data = dataset;
    const loaded = new Promise((r) => el.addEventListener('inspection-map-load', r));
    document.body.append(el);
    await loaded;
    const host = section(dataset);
    const link = host.querySelector<HTMLAnchorElement>(`.figure-visits a[href="#visit=${RIZHAO}"]`);
    link?.focus();
    expect(document.activeElement).toBe(link);
    await userEvent.keyboard('{Enter}');
    await until(() => el.selected === RIZHAO);
    await until(() => root(el).querySelector('.leaflet-popup-content')?.textContent);
    expect(root(el).querySelector('.leaflet-popup-content')?.textContent).toContain('Rizhao Port');
  });

  it('brings the map into view with the focus in the visit, as the page follows its links', async () => {
    const dataset = placed();
    const el = document.createElement('inspection-map');
    el.style.cssText = 'display:block;width:900px;height:500px';
    el.data = dataset;
    const loaded = new Promise((r) => el.addEventListener('inspection-map-load', r));
    document.body.append(el);
    await loaded;
    // The map drawn, as it is long before a reader reaches the section.
    await until(() => root(el).querySelector('.leaflet-marker-icon'));
    // The section far below the map, as on the page.
    const host = section(dataset);
    host.style.marginTop = '3000px';
    followVisitLinks(host, el);
    const link = host.querySelector<HTMLAnchorElement>(`.figure-visits a[href="#visit=${RIZHAO}"]`);
    link?.scrollIntoView();
    link?.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => el.selected === RIZHAO);
    await until(() => root(el).activeElement?.closest('.im-popup, .im-sheet'));
    expect(document.activeElement).toBe(el);
    const box = (
      root(el).querySelector('.leaflet-container') as HTMLElement
    ).getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(-1);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight + 1);
    // The fragment is left alone: the element was not asked to keep the URL.
    expect(location.hash).toBe('');
  });
});
