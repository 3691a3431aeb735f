/**
 * Counts the event listeners that are added and not yet removed, by wrapping
 * `EventTarget.prototype`. Listeners removed by an `AbortSignal` count as removed; `once`
 * listeners are not counted.
 */
interface Entry {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}

export interface ListenerTracker {
  /** Listeners on `window`, `document` and nodes in the document, by target and type. */
  live(): string[];
  restore(): void;
}

const captureOf = (options?: boolean | EventListenerOptions) =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);

const describe = (e: Entry) => {
  const t = e.target;
  const name =
    t === window
      ? 'window'
      : t === document
        ? 'document'
        : t instanceof ShadowRoot
          ? '#shadow-root'
          : t instanceof Element
            ? `${t.localName}.${[...t.classList].join('.')}`
            : String(t);
  return `${name} ${e.type}${e.capture ? ' (capture)' : ''}`;
};

export function trackListeners(): ListenerTracker {
  const entries = new Set<Entry>();
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const find = (target: EventTarget, type: string, listener: unknown, capture: boolean) =>
    [...entries].find(
      (e) =>
        e.target === target && e.type === type && e.listener === listener && e.capture === capture,
    );

  proto.addEventListener = function (this: EventTarget, type, listener, options) {
    add.call(this, type, listener, options);
    if (!listener || (typeof options === 'object' && options.once)) return;
    const capture = captureOf(options);
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (signal?.aborted || find(this, type, listener, capture)) return;
    const entry = { target: this, type, listener, capture };
    entries.add(entry);
    if (signal) add.call(signal, 'abort', () => entries.delete(entry));
  };
  proto.removeEventListener = function (this: EventTarget, type, listener, options) {
    remove.call(this, type, listener, options);
    const entry = find(this, type, listener, captureOf(options));
    if (entry) entries.delete(entry);
  };

  return {
    live: () =>
      [...entries]
        .filter(
          ({ target: t }) => t === window || t === document || (t instanceof Node && t.isConnected),
        )
        .map(describe)
        .sort(),
    restore: () => {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    },
  };
}
