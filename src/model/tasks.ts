/**
 * Breaking long work into tasks, so the page stays responsive. No DOM: runs in Node too.
 *
 * @module
 */

/**
 * Lets the event loop run other tasks (input, rendering) before going on:
 * `scheduler.yield()` where there is one, else a message on a fresh channel.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
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
