/**
 * The editor page's root: holds the work in progress, stores it after every change, runs the
 * live check, and lays out the parts: the article (input and marked text) on one side, the
 * review, the preview and publishing on the other (below it on a narrow screen).
 *
 * @module
 */
import { html, type PropertyValues } from 'lit';
import { type CheckResult, checkSession, sha256Hex } from './check.js';
import type { EditorContext } from './context.js';
import type { EditorConfirm } from './editor-confirm.js';
import { type Engine, loadEngine } from './engine.js';
import { LightElement } from './light-element.js';
import { emptySession, hasUnsavedWork, loadSession, type Session, saveSession } from './session.js';
import { type EditorStrings, editorStringsFor } from './strings.js';

export class EditorApp extends LightElement {
  static override properties = {
    lang: { type: String, reflect: false },
    session: { state: true },
    engine: { state: true },
    digest: { state: true },
    storageFailed: { state: true },
  };

  declare lang: string;
  /** The work in progress; read from the browser's storage when the page opens. */
  declare session: Session;
  /** The draft engine, once loaded; `null` when this build has none. */
  declare engine: Engine | null | undefined;
  declare digest: string | undefined;
  declare storageFailed: boolean;
  private check: CheckResult = { byItem: new Map(), blocking: [], all: [] };
  /** Earlier sessions of this visit to the page, the latest last (for undo; not stored). */
  private past: Session[] = [];

  constructor() {
    super();
    this.lang = 'en';
    this.session = loadSession();
    this.engine = undefined;
    this.digest = undefined;
    this.storageFailed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    loadEngine().then(
      (engine) => {
        this.engine = engine;
      },
      (error: unknown) => {
        console.error('inspection-map editor: the draft engine failed to load', error);
        this.engine = null;
      },
    );
  }

  /** Applies a change to the session, stores it, and redraws. */
  readonly update$ = (change: (s: Session) => Session): void => {
    const next = change(this.session);
    if (next === this.session) return;
    // A new article starts a new history: undo never brings back a discarded draft.
    this.past = next.draft && this.session.draft ? [...this.past.slice(-49), this.session] : [];
    this.session = next;
    this.storageFailed = !saveSession(next);
  };

  /** Takes back the last change. */
  readonly undo = (): void => {
    const previous = this.past.pop();
    if (!previous) return;
    this.session = { ...previous, published: false };
    this.storageFailed = !saveSession(this.session);
  };

  /** Starts a new article (asking first when there is unsaved work) with `text`. */
  async startNew(text = '', fileName: string | null = null): Promise<boolean> {
    if (hasUnsavedWork(this.session)) {
      const confirm = this.querySelector<EditorConfirm>('editor-confirm');
      if (!confirm || !(await confirm.ask())) return false;
    }
    this.update$(() => ({ ...emptySession(), text, fileName }));
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) {
      const text = this.session.text;
      const old = changed.get('session') as Session | undefined;
      if (!old || old.text !== text || this.digest === undefined) {
        this.digest = undefined;
        sha256Hex(text).then((d) => {
          if (this.session.text === text) this.digest = d;
        });
      }
    }
    if (changed.has('session') || changed.has('digest')) {
      this.check = checkSession(this.session, this.digest);
    }
    if (changed.has('lang')) {
      const t = editorStringsFor(this.lang);
      document.documentElement.lang = t.lang;
      document.title = t.pageTitle;
    }
  }

  private get ctx(): EditorContext {
    return {
      session: this.session,
      check: this.check,
      t: this.t,
      update: this.update$,
      undo: this.past.length ? this.undo : undefined,
      engine: this.engine ?? undefined,
    };
  }

  private get t(): EditorStrings {
    return editorStringsFor(this.lang);
  }

  protected override render() {
    const ctx = this.ctx;
    const t = this.t;
    return html`<div class="layout">
        <div class="source">
          <editor-input .ctx=${ctx} .engine=${this.engine} .app=${this}></editor-input>
          <editor-article .ctx=${ctx}></editor-article>
        </div>
        <div class="result">
          <editor-review .ctx=${ctx}></editor-review>
          <editor-publish .ctx=${ctx}></editor-publish>
          <editor-preview .ctx=${ctx}></editor-preview>
        </div>
      </div>
      ${this.storageFailed ? html`<p class="problem" role="alert">${t.storageFailed}</p>` : ''}
      <editor-confirm .t=${t}></editor-confirm>`;
  }
}
