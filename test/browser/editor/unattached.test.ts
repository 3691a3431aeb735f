/**
 * Accept all with quotes or figures on no visit: it says how many there are and asks whether to
 * attach them to a visit or keep them as the article's own, before accepting anything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import tour from '../../fixtures/editor/premier-tour.txt?raw';
import { cleanup, draft, mount, paste, settled } from './helpers.js';

afterEach(cleanup);

/** The fixture's national figure, which the draft puts on no visit. */
const GRAIN = '700 million tonnes';

async function drafted() {
  const app = await mount();
  await paste(app, tour);
  await draft(app);
  expect(app.session.draft?.statistics.map((s) => s.figure)).toEqual([GRAIN]);
  expect(app.session.draft?.quotes ?? []).toEqual([]);
  return app;
}

describe('Accept all with a figure on no visit', () => {
  it('asks first, in words, and accepts nothing until answered', async () => {
    const app = await drafted();
    await userEvent.click(page.getByRole('button', { name: 'Accept all' }));
    await settled(app);
    const ask = app.querySelector('#unattached-ask');
    expect(ask?.textContent).toBe(
      "1 figure is on no visit. Accepted as it is, it is published as the article's own: no visit's popup shows it.",
    );
    expect(document.activeElement).toBe(ask);
    expect(app.session.decisions).toEqual({});
    await userEvent.click(page.getByRole('button', { name: 'Back to the review' }));
    await settled(app);
    expect(app.querySelector('#unattached-ask')).toBeNull();
    expect(document.activeElement?.textContent?.trim()).toBe('Accept all');
  });

  it('attaches it to the visit chosen, then accepts all', async () => {
    const app = await drafted();
    await userEvent.click(page.getByRole('button', { name: 'Accept all' }));
    await settled(app);
    await userEvent.selectOptions(
      page.getByLabelText('Visit to attach them to'),
      'Dongting Seed Cooperative',
    );
    await userEvent.click(
      page.getByRole('button', { name: 'Attach the 1 unattached item to this visit', exact: true }),
    );
    await settled(app);
    const d = app.session.draft;
    expect(d?.statistics).toEqual([]);
    const coop = d?.features.find((f) => f.properties.name.en === 'Dongting Seed Cooperative');
    expect(coop?.properties.statistics.map((s) => s.figure)).toContain(GRAIN);
    const grain = coop?.properties.statistics.find((s) => s.figure === GRAIN);
    expect(app.session.decisions[`figure:${grain?.id}`]).toBe('accepted');
    expect(Object.values(app.session.decisions).every((v) => v === 'accepted')).toBe(true);
    expect(Object.keys(app.session.decisions)).toHaveLength(3 + 1 + 3);
  });

  it("keeps it as the article's own when told so, then accepts all", async () => {
    const app = await drafted();
    await userEvent.click(page.getByRole('button', { name: 'Accept all' }));
    await settled(app);
    await userEvent.click(
      page.getByRole('button', { name: "Keep it as the article's own and accept all" }),
    );
    await settled(app);
    const grain = app.session.draft?.statistics[0];
    expect(grain?.figure).toBe(GRAIN);
    expect(app.session.decisions[`figure:${grain?.id}`]).toBe('accepted');
    expect(app.querySelector('#unattached-ask')).toBeNull();
  });
});
