/**
 * Keeping the work in progress without stalling the page. The session is stored in
 * `localStorage` (read at once when the page opens, and seen by the editor's other tabs through
 * the `storage` event); an article text longer than {@link INLINE_TEXT} characters is kept apart,
 * in IndexedDB (idb-keyval), written only when it changes, and the stored session names it by a
 * {@link TextRef}. Writing a 1 MiB text into `localStorage` took a 50–180 ms task on every
 * keystroke and every decision; an IndexedDB write copies it and goes on off the main thread.
 *
 * @module
 */
import { get, set } from 'idb-keyval';
import { type Session, saveSession, type TextRef } from './session.js';

/** Texts up to this many characters stay in the stored session itself. */
export const INLINE_TEXT = 65_536;
/** Where a long text is kept (the origin's default idb-keyval store). */
const TEXT_KEY = 'inspection-map-editor-text';

/** What IndexedDB holds under {@link TEXT_KEY}. */
interface StoredText {
  id: string;
  text: string;
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * The long text `ref` names; `undefined` when it is gone (storage cleared) or not written yet
 * after `tries` reads 100 ms apart (another tab's text is written before its session, but the
 * `storage` event may come first).
 */
export async function loadText(ref: TextRef, tries = 10): Promise<string | undefined> {
  for (let i = 0; i < tries; i++) {
    const stored = (await get(TEXT_KEY).catch(() => undefined)) as StoredText | undefined;
    if (stored?.id === ref.id && stored.text.length === ref.length) return stored.text;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

/** Stores each version of the session it is given; tells `failed` whether the browser refused. */
export class SessionStore {
  /** The text the stored session has (inline, or in IndexedDB as `ref`). */
  private text: string | undefined;
  private ref: TextRef | undefined;
  /** The long text being written, if any; the session is stored once it is. */
  private writing: Promise<void> | undefined;
  private latest: Session | undefined;

  constructor(private readonly failed: (failed: boolean) => void) {}

  /** The stored long text's reference, when the session's text is kept apart. */
  get textRef(): TextRef | undefined {
    return this.ref;
  }

  /** Takes `text` (with `ref`, kept apart) as what is stored already: a restored session's. */
  adopt(text: string, ref: TextRef | undefined): void {
    this.text = text;
    this.ref = ref;
  }

  /** Stores `s`: at once, or, when its long text changed, as soon as the text is written. */
  save(s: Session): void {
    this.latest = s;
    if (s.text !== this.text) {
      this.text = s.text;
      this.ref = undefined;
      this.writing = undefined;
      if (s.text.length > INLINE_TEXT) {
        const ref = { id: newId(), length: s.text.length };
        this.ref = ref;
        const written: Promise<void> = set(TEXT_KEY, { id: ref.id, text: s.text }).then(
          () => {
            if (this.writing !== written) return;
            this.writing = undefined;
            if (this.latest) this.failed(!saveSession(this.latest, localStorage, ref));
          },
          () => {
            if (this.writing === written) this.writing = undefined;
            this.failed(true);
          },
        );
        this.writing = written;
        return;
      }
    }
    if (this.writing) return; // stored with the text, once it is written
    this.failed(!saveSession(s, localStorage, this.ref));
  }
}
