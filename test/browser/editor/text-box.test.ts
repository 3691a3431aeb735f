/**
 * The article's text box as a person meets it: named by its label, typed into with the
 * keyboard, undone and redone, its selection's offsets in UTF-16 code units (an astral
 * character counts two, as the session's text and the passages count it), read-only once the
 * article is drafted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  cleanup,
  mount,
  mountCurated,
  paste,
  settled,
  textArea,
  textBox,
  until,
} from './helpers.js';

afterEach(cleanup);

describe('the article text box', () => {
  it('is a multi-line text box named by its label, that the keyboard types into and undoes', async () => {
    const app = await mount();
    const box = page.getByRole('textbox', { name: 'Article text', exact: true });
    expect(box.element()).toBe(textArea());
    expect(textArea().getAttribute('aria-multiline')).toBe('true');
    await userEvent.click(page.getByText('Article text', { exact: true }));
    expect(document.activeElement).toBe(textArea());
    await userEvent.keyboard('Line one{Enter}Line two');
    await until(() => app.session.text === 'Line one\nLine two');
    await userEvent.keyboard('{Control>}z{/Control}');
    await until(() => app.session.text !== 'Line one\nLine two');
    expect('Line one\nLine two'.startsWith(app.session.text)).toBe(true);
    await userEvent.keyboard('{Control>}y{/Control}');
    await until(() => app.session.text === 'Line one\nLine two');
    await userEvent.keyboard('{Control>}z{/Control}');
    await until(() => app.session.text !== 'Line one\nLine two');
    await userEvent.keyboard('{Control>}{Shift>}Z{/Shift}{/Control}');
    await until(() => app.session.text === 'Line one\nLine two');
    expect(textBox().state.doc.toString()).toBe('Line one\nLine two');
  });

  it('selects with the keyboard in UTF-16 offsets, as the session text counts them', async () => {
    const app = await mount();
    await paste(app, '😀 Luoyang');
    expect(app.session.text).toBe('😀 Luoyang');
    textBox().focus();
    await userEvent.keyboard('{End}');
    for (let i = 0; i < 7; i++) await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    const { from, to } = textBox().state.selection.main;
    // The emoji is two code units: "Luoyang" is 3 to 10 in the box and in the session's text.
    expect([from, to]).toEqual([3, 10]);
    expect(app.session.text.slice(from, to)).toBe('Luoyang');
  });

  it('is read-only once the article is drafted', async () => {
    const app = await mountCurated();
    expect(textArea().getAttribute('aria-readonly')).toBe('true');
    const before = app.session.text;
    textBox().focus();
    await userEvent.keyboard('xyz');
    await settled(app);
    expect(app.session.text).toBe(before);
    expect(textBox().state.doc.toString()).toBe(before);
  });
});
