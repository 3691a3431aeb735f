/**
 * Breaking long work into tasks, so the page stays responsive. No DOM: runs in Node too.
 *
 * @module
 */

interface Scheduler {
  yield?: () => Promise<void>;
  postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void>;
}

/**
 * Lets the event loop run other tasks (input, rendering) before going on: `scheduler.yield()`
 * where there is one, else a message on a fresh channel. With `background`, the rest waits
 * behind everything else the page has to do (`scheduler.postTask` at background priority), so
 * long bookkeeping never delays what the user sees.
 */
export function yieldToEventLoop(
  priority: 'user-visible' | 'background' = 'user-visible',
): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (priority === 'background' && scheduler?.postTask) {
    return scheduler.postTask(() => undefined, { priority: 'background' });
  }
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Calls `step(i)` for `i` from 0 to `count - 1`, yielding to the event loop every `sliceMs`
 * milliseconds (default 8), so the work never blocks a page for long and gives way to drawing
 * and input.
 *
 * @param options.signal - stops at the next slice, rejecting with the signal's reason.
 * @param options.priority - `background` (default): the rest waits behind everything else the
 *   page has to do; `user-visible` for work the reader is waiting for.
 */
export async function inSlices(
  count: number,
  step: (i: number) => void,
  options: {
    sliceMs?: number;
    signal?: AbortSignal;
    priority?: 'user-visible' | 'background';
  } = {},
): Promise<void> {
  const slice = options.sliceMs ?? 8;
  let i = 0;
  while (i < count) {
    const end = performance.now() + slice;
    do {
      for (const stop = Math.min(i + 16, count); i < stop; i++) step(i);
    } while (i < count && performance.now() < end);
    await yieldToEventLoop(options.priority ?? 'background');
    options.signal?.throwIfAborted();
  }
}
