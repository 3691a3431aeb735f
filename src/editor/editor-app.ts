/**
 * The editor page's root: holds the work in progress, stores it after every change, runs the
 * live check, and lays out the parts: the article (input and marked text) on one side, the
 * review, the preview and publishing on the other (below it on a narrow screen).
 *
 * It also owns what outlives a render: the draft engine's worker (`drafter.ts`), the existing
 * visits file's worker (`existing.ts`), and the watch on other tabs: the work in progress is one
 * per browser, so a change stored by another tab of the editor (the `storage` event) replaces
 * this tab's, and the tab says so.
 *
 * The live check (`check.ts`, with the base map whose provinces it checks points against) is a
 * module of its own, imported as the page opens: the review and publishing are drawn once it is
 * there, so nothing is shown unchecked.
 *
 * @module
 */
import { html, nothing, type PropertyValues } from 'lit';
import type { CheckResult } from './check.js';
import type { EditorContext, HeldArticle } from './context.js';
import { Drafter } from './drafter.js';
import type { EditorConfirm } from './editor-confirm.js';
import { ExistingFiles } from './existing.js';
import { loadHistory, saveHistory } from './history.js';
import { LightElement, nextTask } from './light-element.js';
import { loadPlaces } from './places.js';
import { projectEndpoint } from './project.js';
import {
  emptySession,
  hasUnsavedWork,
  loadSession,
  SESSION_KEY,
  type Session,
  type TextRef,
} from './session.js';
import { loadText, SessionStore } from './session-store.js';
import { type EditorStrings, editorStringsFor } from './strings.js';

export class EditorApp extends LightElement {
  static override properties = {
    lang: { type: String, reflect: false },
    session: { state: true },
    engine: { state: true },
    digest: { state: true },
    storageFailed: { state: true },
    checker: { state: true },
    otherTab: { state: true },
    textLost: { state: true },
    held: { state: true },
  };

  declare lang: string;
  /** The articles of the project's visits file, where its server serves this page. */
  declare held: readonly HeldArticle[] | undefined;
  /** The work in progress; read from the browser's storage when the page opens. */
  declare session: Session;
  /** The draft engine, once loaded (in its worker); `null` when it cannot be loaded. */
  declare engine: Drafter | null | undefined;
  declare digest: string | undefined;
  declare storageFailed: boolean;
  /** True once another tab has changed the work (and this tab has taken its version). */
  declare otherTab: boolean;
  /** True when the stored session's long text could not be read back (it started afresh). */
  declare textLost: boolean;
  /** The live check's module, once loaded. */
  declare checker: typeof import('./check.js') | undefined;
  /** Stores every change (a long text apart, in IndexedDB). */
  private readonly store = new SessionStore((failed) => {
    this.storageFailed = failed;
  });
  private drafter: Drafter | undefined;
  /** The existing visits file's worker. */
  readonly existing = new ExistingFiles();
  /** The project server's publish operation, when it serves this page. */
  private readonly project = projectEndpoint();
  private check: CheckResult = { byItem: new Map(), blocking: [], all: [] };
  /** The live check to come, in a task after the change it checks; settles once it is drawn. */
  private checking: Promise<void> | undefined;
  /** Earlier sessions of the draft, the latest last (for undo; kept across a reload). */
  private past: Session[] = [];

  constructor() {
    super();
    this.lang = 'en';
    this.session = loadSession();
    this.past = loadHistory(this.session);
    if (!this.session.textRef) this.store.adopt(this.session.text, undefined);
    this.engine = undefined;
    this.digest = undefined;
    this.storageFailed = false;
    this.otherTab = false;
    this.textLost = false;
    this.checker = undefined;
  }

  /** Brings back the long text the stored session names (while it comes, nothing is shown). */
  private async restoreText(ref: TextRef): Promise<void> {
    const text = await loadText(ref);
    // Drawn in a task after the one that read it.
    await nextTask();
    if (this.session.textRef?.id !== ref.id) return;
    if (text === undefined) {
      this.textLost = true;
      this.update$(() => emptySession());
      return;
    }
    const { textRef: _, ...session } = this.session;
    this.store.adopt(text, ref);
    this.session = { ...session, text };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
    window.addEventListener('pagehide', this.keepHistory);
    document.addEventListener('visibilitychange', this.keepHistory);
    if (this.session.textRef) void this.restoreText(this.session.textRef);
    // Served by the project's server: the ids of the articles its visits file holds are taken.
    if (this.project && this.held === undefined)
      void import('./overlaps.js')
        .then((m) => m.projectVisits())
        .then((file) => {
          this.held = (file?.articles ?? []).map((a) => ({ id: a.id, sha256: a.sha256 }));
        });
    void import('./check.js').then((checker) => {
      this.checker = checker;
    });
    const drafter = new Drafter();
    this.drafter = drafter;
    drafter.ready().then(
      () => {
        if (this.drafter === drafter) this.engine = drafter;
      },
      (error: unknown) => {
        console.error('inspection-map editor: the draft engine failed to load', error);
        this.engine = null;
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener('pagehide', this.keepHistory);
    document.removeEventListener('visibilitychange', this.keepHistory);
    this.keepHistory();
    this.drafter?.dispose();
    this.drafter = undefined;
    this.existing.dispose();
    this.engine = undefined;
  }

  /**
   * Keeps the undo history for the next opening of the page (when it is hidden or left: the
   * history is not written on every change).
   */
  private readonly keepHistory = (e?: Event): void => {
    if (e?.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    saveHistory(this.past, this.session);
  };

  /** Another tab stored the work: take its version (undo history ends there). */
  private readonly onStorage = (e: StorageEvent): void => {
    if (e.key !== SESSION_KEY || e.newValue === null) return;
    this.past = [];
    const next = loadSession();
    const ref = next.textRef;
    this.otherTab = true;
    if (ref && ref.id === this.store.textRef?.id) {
      const { textRef: _, ...rest } = next;
      this.session = { ...rest, text: this.session.text };
      return;
    }
    this.session = next;
    if (ref) void this.restoreText(ref);
    else this.store.adopt(next.text, undefined);
  };

  /** The text whose digest is {@link digest}, or is being taken. */
  private digestOf: string | undefined;

  /** The field typed into by the last change, if it was typing. */
  private typing: string | undefined;

  /** Applies a change to the session, stores it, and redraws. */
  readonly update$ = (change: (s: Session) => Session, options: { typing?: string } = {}): void => {
    const next = change(this.session);
    if (next === this.session) return;
    // A new article starts a new history: undo never brings back a discarded draft. Typing on
    // in one field stays one step.
    const typingOn = options.typing !== undefined && options.typing === this.typing;
    if (!next.draft || !this.session.draft) this.past = [];
    else if (!typingOn) this.past = [...this.past.slice(-49), this.session];
    this.typing = options.typing;
    this.session = next;
    this.store.save(next);
  };

  /** Takes back the last change. */
  readonly undo = (): void => {
    const previous = this.past.pop();
    if (!previous) return;
    this.typing = undefined;
    // A draft's text does not change (a history kept across a reload holds none).
    this.session = { ...previous, text: this.session.text, published: false };
    this.store.save(this.session);
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
    if (changed.has('lang')) {
      const t = editorStringsFor(this.lang);
      document.documentElement.lang = t.lang;
      document.title = t.pageTitle;
    }
    const checker = this.checker;
    if (!checker || this.session.textRef) return;
    const changedWork = changed.has('session') || changed.has('checker');
    // The digest serves the check of a draft alone: taken once there is one, off the main thread.
    if (changedWork && this.session.draft) {
      const text = this.session.text;
      if (this.digestOf !== text) {
        this.digestOf = text;
        this.digest = undefined;
        (this.drafter ? this.drafter.sha256(text) : checker.sha256Hex(text)).then((d) => {
          if (this.digestOf === text) this.digest = d;
        });
      }
    }
    if (changedWork || changed.has('digest')) this.checkLater(checker);
  }

  /**
   * Runs the live check in a task of its own after the change (a 1 MiB article's draft is
   * checked in some 10 ms): the task that takes a change (a draft coming back, a decision) does
   * not check it as well. The panels draw in later tasks, so they draw with its result.
   */
  private checkLater(checker: typeof import('./check.js')): void {
    this.checking ??= nextTask().then(() => {
      this.checking = undefined;
      if (this.session.textRef) return;
      this.check = checker.checkSession(this.session, this.digest);
      this.requestUpdate();
    });
  }

  /** Also waits for the live check to come and be drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.checking) {
      await this.checking;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private get ctx(): EditorContext {
    return {
      session: this.session,
      check: this.check,
      t: this.t,
      update: this.update$,
      undo: this.past.length ? this.undo : undefined,
      drafter: this.engine ?? undefined,
      places: loadPlaces,
      existing: this.existing,
      project: this.project,
      held: this.held,
    };
  }

  private get t(): EditorStrings {
    return editorStringsFor(this.lang);
  }

  protected override render() {
    const t = this.t;
    if (this.session.textRef) return html`<p class="status" role="status">${t.restoringText}</p>`;
    const ctx = this.ctx;
    return html`<p class="status" role="status">${this.otherTab ? t.otherTab : ''}</p>
      <div class="layout">
        <div class="source">
          <editor-input .ctx=${ctx} .engine=${this.engine} .app=${this}></editor-input>
          <editor-article .ctx=${ctx}></editor-article>
        </div>
        ${
          this.checker
            ? html`<div class="result">
              <editor-review .ctx=${ctx}></editor-review>
              <editor-publish .ctx=${ctx}></editor-publish>
              <editor-preview .ctx=${ctx}></editor-preview>
            </div>`
            : nothing
        }
      </div>
      ${this.storageFailed ? html`<p class="problem" role="alert">${t.storageFailed}</p>` : ''}
      ${this.textLost ? html`<p class="problem" role="alert">${t.textLost}</p>` : ''}
      <editor-confirm .t=${t}></editor-confirm>`;
  }
}
