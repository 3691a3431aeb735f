import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  captureDownloads,
  cleanup,
  draft,
  engine,
  mount,
  paste,
  SEED_VISITS,
  seedText,
  settled,
  until,
} from './helpers.js';

afterEach(cleanup);

describe.skipIf(!engine)('from the seed article to a visits file', () => {
  it('drafts, accepts all and downloads what the curated dataset holds', async () => {
    const app = await mount();
    await paste(app, seedText);
    await draft(app);
    const downloads = captureDownloads();
    await userEvent.click(page.getByRole('button', { name: 'Accept all' }));
    await settled(app);
    await userEvent.click(page.getByRole('button', { name: 'Download visits file' }));
    await userEvent.click(page.getByRole('button', { name: 'Download article file' }));
    const visits = JSON.parse(await until(() => downloads.files.get('visits.geojson')));
    expect(
      visits.features
        .map((f: { properties: { place: { city: { en: string } } } }) => f.properties.place.city.en)
        .sort(),
    ).toEqual(SEED_VISITS.features.map((f) => f.properties.place.city.en).sort());
    downloads.stop();
  });
});
