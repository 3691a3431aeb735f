/**
 * The input panel: the article's text (pasted, typed or read from a .txt file), its publication
 * date, title, outlet and link (checked as typed), and the buttons that draft it or start a new
 * article. Drafting runs in the engine's worker: the panel shows the time it has taken, with a
 * button that cancels it; a result for a text that changed meanwhile is dropped.
 *
 * @module
 */
import { html, nothing, type PropertyValues } from 'lit';
import { ID_FORM } from '../model/ids.js';
import { allItemKeys } from './actions.js';
import { articleIdFor, takenIds, withArticleId } from './article-id.js';
import type { EditorContext } from './context.js';
import { isLink } from './corroboration.js';
import type { Drafter } from './drafter.js';
import type { EditorApp } from './editor-app.js';
import { chosenFile } from './files.js';
import { ownFields } from './fill.js';
import { noTitle } from './item-parts.js';
import { LightElement, whenDrawn } from './light-element.js';
import type { ArticleFields, Session } from './session.js';
import { fieldsOfArticle, sniffFields } from './sniff.js';
import { TextBox } from './text-box.js';

export class EditorInput extends LightElement {
  static override properties = {
    ctx: { attribute: false },
    engine: { attribute: false },
    app: { attribute: false },
    error: { state: true },
    seconds: { state: true },
    badLink: { state: true },
    readFor: { state: true },
    idTyped: { state: true },
  };
  declare ctx: EditorContext;
  declare engine: Drafter | null | undefined;
  declare app: EditorApp;
  declare error: string;
  /** Seconds the draft under way has taken; `null` when none is under way. */
  declare seconds: number | null;
  /** True while the link box holds something that is not an http(s) link. */
  declare badLink: boolean;
  /** The text whose head has been read for its title (an empty Title then asks for one). */
  declare readFor: string | undefined;
  /** The article id as typed, while it is no id the article can take (said why beside it). */
  declare idTyped: string | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.error = '';
    this.seconds = null;
    this.badLink = false;
  }

  /** The article's text box, once drawn. */
  private box: TextBox | undefined;

  /** Draws the text box, or shows it the session's text (when it has not got it already). */
  private showText(): void {
    const s = this.ctx.session;
    const host = this.querySelector<HTMLElement>('.text-box');
    if (!host) return;
    if (!this.box) {
      this.box = new TextBox(host, s.text, {
        id: 'article-text',
        labelledBy: 'article-text-label',
        typed: (text) =>
          this.ctx.update((old) => ({ ...old, text, fields: sniffFields(text, old.fields) })),
        paste: (event) => this.onPaste(event),
      });
    }
    this.box.show(s.text, s.draft !== null);
  }

  private fillTimer: ReturnType<typeof setTimeout> | undefined;
  private filledFor: string | undefined;

  /**
   * Once the text is read, empty Title, Outlet and Publication date take the text's own (its
   * head alone is read; the date by the engine, in its worker, once it is loaded).
   */
  protected override updated(changed: PropertyValues<this>): void {
    const s = this.ctx.session;
    if (changed.has('ctx')) this.showText();
    if (!changed.has('ctx') && !changed.has('engine')) return;
    if (s.draft || !s.text.trim() || this.filledFor === s.text) return;
    if (s.fields.title && s.fields.outlet && s.fields.date) return;
    clearTimeout(this.fillTimer);
    this.fillTimer = setTimeout(() => void this.fill(), 150);
  }

  private async fill(): Promise<void> {
    const now = this.ctx.session;
    if (now.draft || !now.text.trim()) return;
    const engine = this.engine;
    // Without the engine the date waits: the text is read again once it is loaded.
    this.filledFor = engine ? now.text : undefined;
    const date = now.fields.date || ((await engine?.publicationDate(now.text)) ?? '');
    if (!this.isConnected) return;
    const own = ownFields(now.text, date);
    this.readFor = now.text;
    if (!own && !date) return;
    const fill = (x: Session): Session => ({
      ...x,
      fields: {
        ...x.fields,
        date: x.fields.date || date,
        title: x.fields.title || (own?.title ?? ''),
        outlet: x.fields.outlet || (own?.outlet ?? ''),
      },
    });
    if (JSON.stringify(fill(now).fields) === JSON.stringify(now.fields)) return;
    this.ctx.update((x) => (x.text === now.text && !x.draft ? fill(x) : x));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) queueMicrotask(() => this.showText());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.box?.destroy();
    this.box = undefined;
    clearTimeout(this.fillTimer);
    clearInterval(this.ticker);
  }

  /** Saves a field as it is typed (one step for undo per field). */
  private setField(name: keyof ArticleFields, value: string): void {
    this.ctx.update(
      (s) => {
        const fields = { ...s.fields, [name]: value };
        const article = s.draft?.articles[0];
        if (!s.draft || !article || name === 'date') return { ...s, fields, published: false };
        // After drafting, the fields edit the article's record itself.
        const draft = structuredClone(s.draft);
        const a = draft.articles[0] as unknown as Record<string, unknown>;
        // An id still as made from the outlet, date and title follows them.
        const taken = takenIds(s, this.ctx.held);
        const made = a.id === articleIdFor(article, taken);
        if (name === 'title') {
          a.title = value.trim();
          const passage = article.titlePassage as { text: string } | null;
          if (passage && passage.text !== a.title) a.titlePassage = null;
        } else if (value.trim()) a[name] = value.trim();
        else if (name === 'outlet') a.outlet = null;
        else delete a[name];
        const next = { ...s, fields, draft, published: false };
        return made ? withArticleId(next, articleIdFor(a, taken)) : next;
      },
      { typing: `article:${name}` },
    );
  }

  /** Renames the article as its id is typed, once it is an id it can take. */
  private readonly onIdInput = (e: Event): void => {
    const value = (e.target as HTMLInputElement).value;
    const s = this.ctx.session;
    const fits = ID_FORM.test(value) && !takenIds(s, this.ctx.held).has(value);
    this.idTyped = fits ? undefined : value;
    if (fits) this.ctx.update((x) => withArticleId(x, value), { typing: 'article:id' });
  };

  /** The article id field, once there is a draft: its value, and why a typed one is refused. */
  private idField() {
    const { session: s, t } = this.ctx;
    const id = s.draft?.articles[0]?.id;
    if (id === undefined) return nothing;
    const typed = this.idTyped;
    const problem =
      typed === undefined
        ? ''
        : takenIds(s, this.ctx.held).has(typed)
          ? t.articleIdTaken(typed)
          : t.articleIdForm;
    return html`<div>
      <label class="field"
        >${t.articleId}
        <input
          type="text"
          name="id"
          lang="en"
          spellcheck="false"
          autocomplete="off"
          .value=${typed ?? id}
          aria-invalid=${problem ? 'true' : nothing}
          aria-describedby=${problem ? 'id-hint id-problem' : 'id-hint'}
          @input=${this.onIdInput}
          @blur=${() => (this.idTyped = undefined)}
      /></label>
      <p class="hint" id="id-hint">${t.articleIdHint(typed ?? id)}</p>
      ${problem ? html`<p class="problem" id="id-problem">${problem}</p>` : nothing}
    </div>`;
  }

  /** A paste after drafting starts a new article (asking first); before, the box takes it. */
  private onPaste(event: ClipboardEvent): boolean {
    if (!this.ctx.session.draft) return false;
    event.preventDefault();
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text) void this.app.startNew(text);
    return true;
  }

  private async onFile(event: Event): Promise<void> {
    const file = await chosenFile(event);
    if (!file) return;
    const { text } = file;
    if (await this.app.startNew(text, file.name)) {
      this.ctx.update((s) => ({ ...s, fields: sniffFields(text, s.fields) }));
    }
  }

  private readonly onLinkInput = (e: Event): void => {
    const value = (e.target as HTMLInputElement).value.trim();
    this.badLink = value !== '' && !isLink(value);
  };

  /** Drafts the text in the engine's worker, showing the time taken; Cancel stops it. */
  private async draft(): Promise<void> {
    const engine = this.engine;
    const s = this.ctx.session;
    const { t } = this.ctx;
    if (!engine || this.seconds !== null) return;
    const { date, outlet, url } = s.fields;
    if (url && !isLink(url)) {
      this.error = t.badUrl;
      return;
    }
    // A title that is the text's own title line is not given: the draft then keeps its passage.
    const own = s.fields.title ? ownFields(s.text, date) : null;
    const title = own && own.title === s.fields.title ? '' : s.fields.title;
    const id = s.fileName ? s.fileName.replace(/\.txt$/i, '') : undefined;
    const started = Date.now();
    this.seconds = 0;
    this.error = '';
    this.ticker = setInterval(() => {
      this.seconds = Math.floor((Date.now() - started) / 1000);
    }, 250);
    const result = await engine.draft(s.text, {
      ...(date ? { date } : {}),
      ...(title ? { title } : {}),
      ...(outlet ? { outlet } : {}),
      ...(url ? { url } : {}),
      ...(id ? { id } : {}),
    });
    clearInterval(this.ticker);
    this.seconds = null;
    if (result.ok) {
      const { collection, spans } = result.draft;
      this.ctx.update((old): Session => {
        // The text changed while drafting (typed, or in another tab): this draft is not its.
        if (old.text !== s.text) return old;
        const drafted: Session = {
          ...old,
          draft: collection,
          spans,
          decisions: {},
          published: false,
          publishedTo: null,
          fields: fieldsOfArticle(collection.articles[0], old.fields),
        };
        // Named after its file, the article keeps that name; else a readable id.
        const a = collection.articles[0];
        return id || !a
          ? drafted
          : withArticleId(drafted, articleIdFor(a, takenIds(old, this.ctx.held)));
      });
      await this.focusAfterDraft();
      return;
    }
    if (result.code === 'cancelled') this.error = t.cancelled;
    else if (result.code === 'failed') this.error = t.draftFailed(result.message);
    // The engine's `no-date` for an agency dateline without a year names the dateline.
    else if ('dateline' in result && result.dateline) this.error = t.noYear(result.dateline);
    else this.error = t.inputError[result.code] ?? result.message;
    await this.focusAfterDraft();
  }

  /**
   * The Draft button is disabled while the engine works, so focus fell to the page: it goes on
   * to the review once a draft is in, else back to the button (by the error said beside it).
   */
  private async focusAfterDraft(): Promise<void> {
    const app = this.app;
    const lost = () => {
      const now = document.activeElement;
      return !now || now === document.body || now.matches('button.draft');
    };
    if (!lost()) return; // the person went on to something else while it drafted
    await app.updateComplete;
    await this.updateComplete;
    const review = await whenDrawn('editor-review', app.querySelector('editor-review'));
    if (!lost()) return;
    if (app.session.draft && review) review.focusStart();
    else this.querySelector<HTMLButtonElement>('button.draft')?.focus();
  }

  /** No title line and none typed: the title is asked for in plain words, never made up. */
  private asksTitle(): boolean {
    const s = this.ctx.session;
    const drafted = s.draft !== null;
    return s.text.trim() !== '' && !s.fields.title.trim() && (drafted || this.readFor === s.text);
  }

  /** After drafting, the details stay open while the title asked for is being typed. */
  private titleAsked = false;

  protected override willUpdate(): void {
    if (!this.ctx.session.draft) this.titleAsked = false;
    else if (this.asksTitle()) this.titleAsked = true;
  }

  protected override render() {
    const { session: s, t } = this.ctx;
    const drafted = s.draft !== null;
    const articleProblems = (this.ctx.check.byItem.get('article') ?? []).filter((p) => !noTitle(p));
    const askTitle = this.asksTitle();
    const invalid = (name: keyof ArticleFields) =>
      (name === 'url' && this.badLink) || (name === 'title' && askTitle);
    const field = (name: keyof ArticleFields, label: string, type = 'text') =>
      html`<label class="field"
        >${label}
        <input
          type=${type}
          name=${name}
          .value=${s.fields[name]}
          aria-invalid=${invalid(name) ? 'true' : nothing}
          aria-describedby=${invalid(name) ? `${name}-problem` : nothing}
          @input=${(e: Event) => {
            if (name === 'url') this.onLinkInput(e);
            this.setField(name, (e.target as HTMLInputElement).value);
          }}
      /></label>`;
    const drafting = this.seconds !== null;
    return html`<section class="panel input" aria-labelledby="input-heading">
      <h2 id="input-heading">${t.input}</h2>
      <label class="field" id="article-text-label" @click=${() => this.box?.view.focus()}
        >${t.articleText}</label
      >
      <div class=${drafted ? 'text-box drafted' : 'text-box'}></div>
      <div class="row">
        <label class="file-button"
          ><input type="file" accept=".txt,text/plain" @change=${this.onFile} /><span
            >${t.openFile}</span
          ></label
        >
        ${
          drafted
            ? html`<button type="button" @click=${() => this.app.startNew()}>${t.newArticle}</button>`
            : nothing
        }
      </div>
      <details class="details" ?open=${!drafted || askTitle || this.titleAsked}>
        <summary>${t.details}</summary>
        <div class="fields">
          <div>
            ${field('date', t.date, 'date')}
            <p class="hint">${t.dateHint}</p>
          </div>
          <div>
            ${field('title', t.title)}
            ${askTitle ? html`<p class="problem" id="title-problem">${t.giveTitle}</p>` : nothing}
          </div>
          ${field('outlet', t.outlet)}
          <div>
            ${field('url', t.url, 'url')}
            ${this.badLink ? html`<p class="problem" id="url-problem">${t.badUrl}</p>` : nothing}
          </div>
          ${this.idField()}
        </div>
      </details>
      <div class="row">
        <button
          type="button"
          class="primary draft"
          ?disabled=${!this.engine || !s.text.trim() || drafting}
          @click=${this.draft}
        >
          ${t.draft}
        </button>
        ${
          drafting
            ? html`<progress aria-label=${t.draftingNow}></progress>
              <span aria-hidden="true">${t.drafting(this.seconds ?? 0)}</span>
              <button type="button" class="cancel-draft" @click=${() => this.engine?.cancel()}>${t.cancelDraft}</button>`
            : nothing
        }
        <span role="status" class="status"
          >${this.engine === null ? t.noEngine : this.engine === undefined ? t.loadingEngine : ''}${
            drafting ? t.draftingNow : ''
          }${
            drafted
              ? t.drafted(s.draft?.features.length ?? 0, s.draft ? allItemKeys(s.draft).length : 0)
              : ''
          }</span
        >
      </div>
      ${this.error ? html`<p class="problem" role="alert">${this.error}</p>` : nothing}
      ${
        articleProblems.length
          ? html`<ul class="problems" aria-label=${t.problems}>
            ${articleProblems.map((p) => html`<li lang="en">${p.message}</li>`)}
          </ul>`
          : nothing
      }
    </section>`;
  }
}
