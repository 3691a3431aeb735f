import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import {
  acceptAll,
  captureDownloads,
  cleanup,
  draft,
  FIXTURE_VISITS,
  fixtureText,
  geojsonIn,
  mount,
  paste,
  settled,
  until,
} from './helpers.js';

afterEach(cleanup);

interface OutVisit {
  properties: {
    place: { city: { en: string } };
    visit: { date: string; precision: string };
    quotes: { start: number; end: number; text: string }[];
    statistics: { figure: string; passage: { start: number; end: number } }[];
  };
}

/** First and last day a `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY` date covers. */
function span(date: string): [string, string] {
  const week = /^(\d{4})-W(\d{2})$/.exec(date);
  if (week) {
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday =
      jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (Number(week[2]) - 1) * 7 * 864e5;
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    return [iso(monday), iso(monday + 6 * 864e5)];
  }
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return [`${date}-01`, new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)];
  }
  if (/^\d{4}$/.test(date)) return [`${date}-01-01`, `${date}-12-31`];
  return [date, date];
}

const offsets = (list: { start: number; end: number }[]) =>
  list.map((x) => `${x.start}-${x.end}`).sort();

/** Rejects the drafted quotes the curated dataset does not have, as a person reviewing would. */
async function rejectUncurated(app: EditorApp) {
  const curated = new Set(FIXTURE_VISITS.features.flatMap((f) => offsets(f.properties.quotes)));
  for (const row of app.querySelectorAll<HTMLElement>('li.item.quote')) {
    const id = row.dataset.item?.slice('quote:'.length) ?? '';
    const q = [
      ...(app.session.draft?.features.flatMap((f) => f.properties.quotes) ?? []),
      ...(app.session.draft?.quotes ?? []),
    ].find((x) => x.id === id);
    if (q && !curated.has(`${q.start}-${q.end}`)) {
      await userEvent.click(row.querySelector('button.reject') as HTMLElement);
      await settled(app);
    }
  }
}

describe('from the seed article to a visits file', () => {
  it('drafts, accepts all and downloads what the curated dataset holds', async () => {
    const app = await mount();
    await paste(app, fixtureText);
    await draft(app);
    await rejectUncurated(app);
    const downloads = captureDownloads();
    await acceptAll(app);
    await settled(app);
    await userEvent.click(page.getByRole('button', { name: 'Download visits file' }));
    await userEvent.click(page.getByRole('button', { name: 'Download article file' }));
    const out = JSON.parse(await until(() => geojsonIn(downloads.files)));
    const article = await until(() => downloads.files.get(`${out.articles[0].id}.txt`));
    downloads.stop();
    expect(article).toBe(fixtureText);
    const byCity = new Map<string, OutVisit>(
      out.features.map((f: OutVisit) => [f.properties.place.city.en, f]),
    );
    expect([...byCity.keys()].sort()).toEqual(
      FIXTURE_VISITS.features.map((f) => f.properties.place.city.en).sort(),
    );
    for (const curated of FIXTURE_VISITS.features) {
      const mine = byCity.get(curated.properties.place.city.en) as OutVisit;
      const [first, last] = span(mine.properties.visit.date);
      expect(curated.properties.visit.date >= first && curated.properties.visit.date <= last).toBe(
        true,
      );
      expect(offsets(mine.properties.quotes)).toEqual(offsets(curated.properties.quotes));
      expect(offsets(mine.properties.statistics.map((s) => s.passage))).toEqual(
        offsets(curated.properties.statistics.map((s) => s.passage)),
      );
    }
    expect(
      offsets(out.statistics.map((s: { passage: { start: number; end: number } }) => s.passage)),
    ).toEqual(offsets(FIXTURE_VISITS.statistics.map((s) => s.passage)));
  });
});
