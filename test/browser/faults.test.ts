/**
 * Broken input in the element: each whole-file failure gives a visible error state with its
 * cause, a retry and the problems event; bad records are skipped with a notice and details; a
 * failed reload keeps the visits shown. Nothing reaches the window as an error.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/inspection-map/define.js';
import { formatBytes } from '../../src/model/read.js';
import { dataset, markerCount, mount, RAW, root, text, until, watchErrors } from './util.js';

let watch: ReturnType<typeof watchErrors>;
beforeEach(() => {
  watch = watchErrors();
});
afterEach(() => {
  watch.stop();
  vi.unstubAllGlobals();
  for (const el of document.querySelectorAll('inspection-map')) el.remove();
  expect(watch.errors).toEqual([]);
});

/** A fetch that answers every request with `answer()`. */
function serve(answer: (signal: AbortSignal) => Promise<Response>) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', (url: URL | string, init: RequestInit = {}) => {
    calls.push(String(url));
    return answer(init.signal as AbortSignal);
  });
  return calls;
}
const respond =
  (body: BodyInit | null, status = 200) =>
  () =>
    Promise.resolve(new Response(body, { status }));
const hang = (signal: AbortSignal) =>
  new Promise<Response>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason));
  });

/** The visits file's URL: every request is answered by the stubbed fetch, never by a server. */
const SRC = 'stubbed-visits.json';

const errorBox = (el: HTMLElement) => el.shadowRoot?.querySelector('.status--error');

describe('whole-file failures', () => {
  const cases: [string, Record<string, string>, (s: AbortSignal) => Promise<Response>, string][] = [
    [
      'not found',
      {},
      respond('Not found', 404),
      `The visits file was not found at ${SRC} (HTTP 404).`,
    ],
    [
      'server error',
      {},
      respond(null, 503),
      `The server failed to send the visits file at ${SRC} (HTTP 503).`,
    ],
    [
      'not JSON',
      {},
      respond('<!doctype html><p>Sign in'),
      'The visits file is not JSON: it starts with “<!doctype html><p>Sign in”, like a web page: is the address right?',
    ],
    [
      'JSON of the wrong shape',
      {},
      respond('{"type":"Feature"}'),
      'The visits could not be loaded. None of the 2 visits could be shown.',
    ],
    ['empty', {}, respond(''), 'The visits file is empty.'],
    [
      'very large',
      { 'max-bytes': '1000' },
      respond(RAW),
      `The visits file is at least ${formatBytes(new TextEncoder().encode(RAW).length)}, over the limit of 1 KB.`,
    ],
    [
      'slow',
      { 'fetch-timeout': '200' },
      hang,
      `The visits file at ${SRC} did not arrive within 0.2 seconds.`,
    ],
    [
      'network down',
      {},
      () => Promise.reject(new TypeError('Failed to fetch')),
      `The visits file at ${SRC} could not be reached: the network may be down, or the server is not answering or does not let this page read it.`,
    ],
  ];

  for (const [name, attrs, answer, cause] of cases) {
    it(`shows the cause of a file that is ${name}, with a retry that works`, async () => {
      serve(answer);
      const { el, problems } = mount({ src: SRC, ...attrs });
      const box = await until(() => errorBox(el), 5000);
      expect(box.getAttribute('role')).toBe('alert');
      expect(text(box)).toContain(cause.replace('The visits could not be loaded. ', ''));
      expect(problems).toHaveLength(1);
      expect(problems[0]?.fatal).toBe(true);
      expect(markerCount(el)).toBe(0);

      serve(respond(RAW));
      for (const name of Object.keys(attrs)) el.removeAttribute(name);
      await userEvent.click(box.querySelector('button.retry') as HTMLElement);
      await until(() => markerCount(el) === 3);
      expect(errorBox(el)).toBeNull();
    });
  }

  it('explains JSON of the wrong shape field by field', async () => {
    serve(respond('{"type":"Feature"}'));
    const { el, problems } = mount({ src: SRC });
    const box = await until(() => errorBox(el));
    expect(problems[0]?.problems.map((p) => p.message)).toEqual([
      'file: type: expected "FeatureCollection", got "Feature"',
      'file: features: expected this required field, got nothing',
    ]);
    expect([...box.querySelectorAll('.problems li')].map(text)).toEqual(
      problems[0]?.problems.map((p) => p.message),
    );
  });

  it('refuses a src that is not http(s), without fetching it', async () => {
    const calls = serve(respond(RAW));
    const { el } = mount({ src: 'javascript:alert(1)' });
    const box = await until(() => errorBox(el));
    expect(text(box)).toContain(
      'The visits file address "javascript:alert(1)" is not an http(s) address.',
    );
    expect(calls).toEqual([]);
  });
});

describe('bad records', () => {
  it('draws the good visits and says how many were skipped, with details on request', async () => {
    const d = dataset();
    d.features[0].geometry.coordinates = [Number.NaN, 34];
    const { el, problems, loads } = mount({}, d);
    await until(() => markerCount(el) === 2);
    const notice = await until(() => root(el).querySelector('.notice--problems'));
    expect(text(notice.querySelector('.notice-text'))).toBe('1 of 3 visits could not be shown.');
    const details = notice.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await userEvent.click(details.querySelector('summary') as HTMLElement);
    expect(details.open).toBe(true);
    expect([...details.querySelectorAll('li')].map(text)).toEqual([
      'luoyang-bearing-2025-05-19: geometry.coordinates.0: expected a number, got NaN',
    ]);
    expect(problems).toEqual([{ problems: loads[0]?.problems, fatal: false }]);

    await userEvent.click(notice.querySelector('.notice-dismiss') as HTMLElement);
    await el.updateComplete;
    expect(root(el).querySelector('.notice--problems')).toBeNull();
    expect(markerCount(el)).toBe(2);
  });

  it('catches null, string, out-of-range, swapped and out-of-province points without a Leaflet error', async () => {
    const d = dataset();
    const extra = (id: string, coordinates: unknown) => {
      const f = structuredClone(d.features[0]);
      f.id = id;
      f.properties.id = id;
      f.geometry.coordinates = coordinates;
      d.features.push(f);
    };
    extra('null-point', [null, 34.6]);
    extra('string-point', ['112.4', '34.6']);
    extra('far-point', [112.4, 91]);
    extra('swapped-point', [34.67345, 112.43684]);
    extra('rizhao-in-henan', [119.52908, 35.41414]);
    const { el } = mount({}, d);
    await until(() => markerCount(el) === 3);
    const notice = await until(() => root(el).querySelector('.notice--problems'));
    expect(text(notice.querySelector('.notice-text'))).toBe('5 of 8 visits could not be shown.');
    expect([...notice.querySelectorAll('li')].map(text)).toEqual([
      'null-point: geometry.coordinates.0: expected a number, got null',
      'string-point: geometry.coordinates.0: expected a number, got "112.4"',
      'string-point: geometry.coordinates.1: expected a number, got "34.6"',
      'far-point: geometry.coordinates.1: expected a latitude from -90 to 90, got 91',
      'swapped-point: geometry.coordinates: longitude and latitude look swapped: [34.67345, 112.43684] is not in Henan (CN.HE), but [112.43684, 34.67345] is (GeoJSON puts longitude first)',
      'rizhao-in-henan: geometry.coordinates: expected a point in Henan (CN.HE), or within 10 km of it, got [119.52908, 35.41414], which is in Shandong (CN.SD), 298 km from Henan',
    ]);
  });

  it('shows the error state with every problem when no visit is valid', async () => {
    const d = dataset();
    for (const f of d.features) f.properties.visit.date = '2025-02-30';
    const { el, problems } = mount({}, d);
    const box = await until(() => errorBox(el));
    expect(text(box.querySelector('.status-cause'))).toBe('None of the 3 visits could be shown.');
    expect(box.querySelectorAll('.problems li')).toHaveLength(3);
    // Data given as a property cannot be fetched again: no retry.
    expect(box.querySelector('button.retry')).toBeNull();
    expect(problems[0]?.fatal).toBe(true);
  });
});

describe('a reload that fails keeps what works', () => {
  it('keeps the visits when a new src fails, says so, and retries the new src', async () => {
    serve(respond(RAW));
    const { el, problems } = mount({ src: SRC });
    await until(() => markerCount(el) === 3);

    const calls = serve(respond('Not found', 404));
    el.src = 'moved.geojson';
    const notice = await until(() => root(el).querySelector('.notice--stale'));
    expect(text(notice.querySelector('.notice-text'))).toBe(
      'The new visits could not be loaded, so the map still shows the earlier ones.',
    );
    expect(text(notice.querySelector('li'))).toBe(
      'The visits file was not found at moved.geojson (HTTP 404).',
    );
    expect(errorBox(el)).toBeNull();
    expect(markerCount(el)).toBe(3);
    expect(el.visits).toHaveLength(3);
    expect(problems.at(-1)?.fatal).toBe(true);

    await userEvent.click(notice.querySelector('button.retry') as HTMLElement);
    await until(() => calls.length === 2);
    expect(calls).toEqual(
      ['moved.geojson', 'moved.geojson'].map((u) => new URL(u, document.baseURI).href),
    );
  });

  it('keeps the visits when new data fails as a whole', async () => {
    const { el } = mount({}, dataset());
    await until(() => markerCount(el) === 3);
    el.data = { type: 'FeatureCollection', features: [{ type: 'Feature' }] };
    await until(() => root(el).querySelector('.notice--stale'));
    expect(markerCount(el)).toBe(3);
    el.data = dataset();
    await until(() => !root(el).querySelector('.notice--stale'));
    expect(markerCount(el)).toBe(3);
  });
});
