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

  it('gives the session the text exactly as the box shows it after edits anywhere in it', async () => {
    const app = await mount();
    await paste(app, 'First line\r\nsecond 😀 line\r\nthird');
    // A pasted text has each line break as `\n`, as a text box's value has.
    expect(app.session.text).toBe('First line\nsecond 😀 line\nthird');
    const view = textBox();
    // Several changes in one step: an insertion at the start, a deletion across a line break
    // and a replacement after the astral character.
    view.dispatch({
      changes: [
        { from: 0, insert: '>> ' },
        { from: 8, to: 13, insert: '' },
        { from: 21, to: 25, insert: 'new\nlines' },
      ],
    });
    await settled(app);
    expect(app.session.text).toBe(view.state.doc.toString());
    expect(app.session.text).toBe('>> First licond 😀 new\nlines\nthird');
    textBox().focus();
    await userEvent.keyboard('{Control>}{End}{/Control}!');
    await until(() => app.session.text.endsWith('third!'));
    expect(app.session.text).toBe(view.state.doc.toString());
    // A text read from a file keeps its `\r\n` until it is typed into; then the box's counts.
    await app.startNew('One\r\nTwo');
    await settled(app);
    expect(view.state.doc.toString()).toBe('One\nTwo');
    view.dispatch({ changes: { from: 4, insert: '2. ' } });
    await settled(app);
    expect(app.session.text).toBe('One\n2. Two');
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
