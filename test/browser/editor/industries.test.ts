/**
 * A visit's industries: check boxes of the dataset's vocabulary, usable with the keyboard; the
 * review note that asks for them goes once one is checked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import tour from '../../fixtures/editor/premier-tour.txt?raw';
import { cleanup, draft, mount, paste, settled } from './helpers.js';

afterEach(cleanup);

const ASKS = 'The industry was not recognised: say which industries it is about.';

describe("a visit's industries", () => {
  it('are checked from the keyboard, and the note asking for them goes', async () => {
    const app = await mount();
    await paste(app, tour);
    await draft(app);
    const card = app.querySelector('article.visit') as HTMLElement;
    const notes = () =>
      [...card.querySelectorAll(':scope > .notes li')].map((li) => li.textContent);
    const industries = () => app.session.draft?.features[0]?.properties.industries;
    expect(card.querySelector('h3')?.textContent).toBe('Xiangjiang Bridge Works');
    expect(industries()).toEqual(['unspecified']);
    expect(notes()).toContain(ASKS);
    const group = page.elementLocator(card).getByRole('group', { name: 'Industries' });
    const box = (name: string) => group.getByRole('checkbox', { name, exact: true });
    (box('steel').element() as HTMLInputElement).focus();
    await userEvent.keyboard(' ');
    await settled(app);
    expect(industries()).toEqual(['steel']);
    expect(notes()).not.toContain(ASKS);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(box('non-ferrous metals').element());
    (box('machinery').element() as HTMLInputElement).focus();
    await userEvent.keyboard(' ');
    await settled(app);
    expect(industries()).toEqual(['steel', 'machinery']);
    await expect.element(box('steel')).toBeChecked();
    await userEvent.click(box('steel'));
    await userEvent.click(box('machinery'));
    await settled(app);
    expect(industries()).toEqual(['unspecified']);
    // The vocabulary is the dataset's: the words the engine and the map's filter use.
    const offered = [...card.querySelectorAll('fieldset.industries label')].map((l) =>
      l.textContent?.trim(),
    );
    expect(offered).toEqual(
      expect.arrayContaining(['steel', 'ports and logistics', 'agriculture', 'manufacturing']),
    );
    expect(offered).not.toContain('unspecified');
  });
});
