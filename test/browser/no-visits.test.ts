/** A dataset with no visits (the empty fixture): the toolbar says so, with nothing to filter or find. */
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureVisitsText } from './fixture.js';
import { root, until } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('no visits', () => {
  it('shows no filters and no search box with nothing in them, and says 0 visits', async () => {
    const el = document.createElement('inspection-map');
    el.style.width = '900px';
    el.data = JSON.parse(fixtureVisitsText('empty'));
    const loaded = new Promise((r) => el.addEventListener('inspection-map-load', r));
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    await until(() => root(el).querySelector('.tour-position'));
    expect(root(el).querySelector('.filters, .search')).toBeNull();
    expect(root(el).querySelector('.tour-position')?.textContent?.trim()).toBe('0 visits');
  });
});
