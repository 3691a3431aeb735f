/**
 * `data` set to `null`, as a framework binds an empty property: not set, like `undefined`. The
 * `src` loads, and nothing throws.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_VISITS_URL } from './fixture.js';
import { dataWith, LUOYANG, markers, until } from './helpers.js';
import { watchErrors } from './util.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('data set to null', () => {
  it('loads the src, before and after data of its own, and throws nothing', async () => {
    const watch = watchErrors();
    const el = document.createElement('inspection-map');
    el.style.width = '900px';
    el.src = FIXTURE_VISITS_URL;
    el.data = null;
    document.body.append(el);
    await until(() => markers(el).length === 3);
    el.data = dataWith([LUOYANG]);
    await until(() => markers(el).length === 1);
    el.data = null;
    await until(() => markers(el).length === 3);
    expect(el.problems).toEqual([]);
    watch.stop();
    expect(watch.errors).toEqual([]);
  });

  it('with no src, is no error', async () => {
    const watch = watchErrors();
    const el = document.createElement('inspection-map');
    el.style.width = '900px';
    el.data = null;
    document.body.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    watch.stop();
    expect(watch.errors).toEqual([]);
    expect(el.visits).toEqual([]);
  });
});
