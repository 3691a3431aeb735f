/**
 * The page's CSS does not break the map, and the map's CSS does not reach the page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { frames, LUOYANG, mapBox, markers, mount, root, tips, until } from './helpers.js';

/** Rules that break careless embeds: all of them reach the element itself or inherit into it. */
const HOSTILE = `
  * { box-sizing: content-box !important; }
  img, svg { max-width: 100% !important; }
  div { padding: 3px; }
  body { letter-spacing: 3px; line-height: 3; text-align: center; text-transform: uppercase;
         white-space: nowrap; font-style: italic; word-spacing: 9px; cursor: wait; }
`;

afterEach(() => {
  document.body.replaceChildren();
  for (const s of document.head.querySelectorAll('style[data-test]')) s.remove();
});

/** What a reader sees of a drawn map with the Luoyang popup open. */
async function layout(el: InspectionMap) {
  await frames();
  const at = tips(el);
  el.select(LUOYANG);
  await until(() => root(el).querySelector('.leaflet-popup .card-title'));
  await new Promise((r) => setTimeout(r, 400)); // the popup's pan and fade
  const box = mapBox(el).getBoundingClientRect();
  const rel = (e: Element | null) => {
    const r = (e as Element).getBoundingClientRect();
    return { x: r.left - box.left, y: r.top - box.top, w: r.width, h: r.height };
  };
  const title = root(el).querySelector('.leaflet-popup .card-title') as Element;
  const style = getComputedStyle(title);
  return {
    tips: at,
    icons: markers(el).map((m) => rel(m)),
    pins: markers(el).map((m) => rel(m.querySelector('svg'))),
    popup: rel(root(el).querySelector('.leaflet-popup-content-wrapper')),
    popupTip: rel(root(el).querySelector('.leaflet-popup-tip')),
    selected: rel(root(el).querySelector(`[data-visit-id="${LUOYANG}"]`)),
    text: [
      style.letterSpacing,
      style.textTransform,
      style.lineHeight,
      style.whiteSpace,
      style.fontStyle,
      style.wordSpacing,
      style.textAlign,
    ],
    provinces: root(el).querySelectorAll('path.im-province').length,
  };
}

describe('style isolation', () => {
  it('draws markers and popups the same under a hostile page stylesheet', async () => {
    const plain = await layout(await mount());
    document.body.replaceChildren();

    const style = Object.assign(document.createElement('style'), { textContent: HOSTILE });
    style.dataset.test = '';
    document.head.append(style);
    const hostile = await layout(await mount());

    expect(plain.provinces).toBe(32);
    expect(plain.icons.every((r) => r.w === 30 && r.h === 40)).toBe(true);
    expect(plain.text.slice(0, 6)).toEqual([
      'normal',
      'none',
      plain.text[2],
      'normal',
      'normal',
      '0px',
    ]);
    expect(hostile).toEqual(plain);
  });

  it('adds no style to the page: elements named like its parts keep their looks', async () => {
    const names = [
      'map',
      'card',
      'list',
      'list-item',
      'layout',
      'status',
      'notice',
      'leaflet-container',
      'leaflet-pane',
      'leaflet-marker-icon',
      'leaflet-popup',
      'leaflet-control-attribution',
      'im-pin',
      'im-gesture-hint',
    ];
    const page = document.createElement('main');
    for (const name of names) {
      const div = Object.assign(document.createElement('div'), { className: name });
      div.textContent = name;
      page.append(div);
    }
    page.append(
      Object.assign(document.createElement('p'), { textContent: 'A paragraph.' }),
      Object.assign(document.createElement('button'), { textContent: 'A button' }),
      document.createElementNS('http://www.w3.org/2000/svg', 'svg'),
    );
    // Scrollable before and after, so a scroll bar does not change widths in between.
    document.body.append(
      page,
      Object.assign(document.createElement('div'), { style: 'height:2000px' }),
    );
    const props = [
      'display',
      'position',
      'box-sizing',
      'margin',
      'padding',
      'width',
      'height',
      'font',
      'color',
      'background',
      'border',
      'overflow',
      'z-index',
      'cursor',
      'touch-action',
      'transform',
      'visibility',
      'opacity',
    ];
    const snapshot = () => ({
      sheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      head: document.head.children.length,
      html: document.documentElement.getAttribute('class') ?? '',
      body: [document.body.getAttribute('class') ?? '', document.body.getAttribute('style') ?? ''],
      looks: [...page.children].map((e) => {
        const s = getComputedStyle(e);
        return props.map((p) => s.getPropertyValue(p));
      }),
    });
    const before = snapshot();
    const el = await mount();
    el.select(LUOYANG);
    await until(() => root(el).querySelector('.leaflet-popup'));
    await frames();
    expect(snapshot()).toEqual(before);
  });
});
