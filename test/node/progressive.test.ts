/**
 * Drawing a long list a part at a time: the first part at once, the next in a later task, all
 * of it in the end; a list drawn whole stays whole; another list starts again from its first
 * part; and what waits for the whole list is told once it is drawn, or once its host is gone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Progressive } from '../../src/editor/progressive.js';

/** A host that draws `list` each time it is asked to, as a Lit element's render does. */
function host(list: () => readonly number[], key: () => unknown) {
  const drawn: (readonly number[])[] = [];
  let controller: ReactiveController | undefined;
  const h: ReactiveControllerHost = {
    addController: (c) => {
      controller = c;
    },
    removeController: () => {},
    requestUpdate: () => {
      drawn.push(p.take(list(), key()));
    },
    updateComplete: Promise.resolve(true),
  };
  const p = new Progressive(h, 3);
  return { p, drawn, draw: () => h.requestUpdate(), controller: () => controller };
}

const ten = Array.from({ length: 10 }, (_, i) => i);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Progressive', () => {
  it('draws the first part at once and a part more in each later task, until all is drawn', async () => {
    const { p, drawn, draw } = host(
      () => ten,
      () => 'a',
    );
    draw();
    expect(drawn.map((d) => d.length)).toEqual([3]);
    let whole = false;
    void p.drawn.then(() => {
      whole = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(drawn.map((d) => d.length)).toEqual([3, 6]);
    expect(whole).toBe(false);
    await vi.runAllTimersAsync();
    expect(drawn.map((d) => d.length)).toEqual([3, 6, 9, 10]);
    expect(drawn.at(-1)).toBe(ten);
    expect(whole).toBe(true);
    // Drawn again (a change elsewhere): the whole list, with no part left for later.
    draw();
    expect(drawn.at(-1)).toBe(ten);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts another list from its first part, and draws a short list whole', async () => {
    let list: readonly number[] = ten;
    let key = 'a';
    const { drawn, draw } = host(
      () => list,
      () => key,
    );
    draw();
    await vi.runAllTimersAsync();
    key = 'b';
    draw();
    expect(drawn.at(-1)).toEqual([0, 1, 2]);
    await vi.runAllTimersAsync();
    expect(drawn.at(-1)).toBe(ten);
    list = [7, 8];
    key = 'c';
    draw();
    expect(drawn.at(-1)).toBe(list);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops drawing when its host leaves the page and goes on when it comes back', async () => {
    const { p, drawn, draw, controller } = host(
      () => ten,
      () => 'a',
    );
    draw();
    const whole = p.drawn;
    controller()?.hostDisconnected?.();
    await expect(whole).resolves.toBeUndefined();
    await vi.runAllTimersAsync();
    expect(drawn.map((d) => d.length)).toEqual([3]);
    controller()?.hostConnected?.();
    await vi.runAllTimersAsync();
    expect(drawn.at(-1)).toBe(ten);
  });
});
