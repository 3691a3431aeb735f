/**
 * The editor from the keyboard, as a person new to it goes: focus goes on to the review once a
 * draft is in, and the place search takes what is typed as soon as it opens.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import tianjin from '../../fixtures/editor/tianjin-article.txt?raw';
import { cleanup, focusedName, mount, paste, tabTo, until } from './helpers.js';

afterEach(cleanup);

describe('focus after drafting', () => {
  it('goes to the review heading, from which Tab reaches Accept all', async () => {
    const app = await mount();
    await paste(app, tianjin);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo('Draft visits');
    await userEvent.keyboard('{Enter}');
    await until(() => app.session.draft, 15_000);
    const heading = app.querySelector('#review-heading');
    await until(() => document.activeElement === heading, 5_000);
    expect(heading?.textContent).toBe('Review');
    await userEvent.keyboard('{Tab}');
    expect(focusedName()).toBe('Accept all');
  });
});
