/**
 * The input panel: the article's text (pasted, typed or read from a .txt file), its publication
 * date, title, outlet and link, and the buttons that draft it or start a new article.
 *
 * @module
 */
import { html, nothing, type PropertyValues } from 'lit';
import { allItemKeys } from './actions.js';
import type { EditorContext } from './context.js';
import type { EditorApp } from './editor-app.js';
import { type Engine, isDraftInputError } from './engine.js';
import { chosenFile } from './files.js';
import { ownFields } from './fill.js';
import { LightElement } from './light-element.js';
import type { ArticleFields, Session } from './session.js';
import { fieldsOfArticle, sniffFields } from './sniff.js';

export class EditorInput extends LightElement {
  static override properties = {
    ctx: { attribute: false },
    engine: { attribute: false },
    app: { attribute: false },
    error: { state: true },
  };
  declare ctx: EditorContext;
  declare engine: Engine | null | undefined;
  declare app: EditorApp;
  declare error: string;

  constructor() {
    super();
    this.error = '';
  }

  /** Where the text area's selection is, for adding a quote or figure from it. */
  get textArea(): HTMLTextAreaElement | null {
    return this.querySelector('textarea');
  }

  private fillTimer: ReturnType<typeof setTimeout> | undefined;
  private filledFor: string | undefined;

  /** Once the text is read (and the engine loaded), empty Title and Outlet take the text's own. */
  protected override updated(changed: PropertyValues<this>): void {
    const s = this.ctx.session;
    if (!changed.has('ctx') && !changed.has('engine')) return;
    if (!this.engine || s.draft || !s.text.trim() || this.filledFor === s.text) return;
    if (s.fields.title && s.fields.outlet) return;
    clearTimeout(this.fillTimer);
    const { engine } = this;
    this.fillTimer = setTimeout(() => {
      const now = this.ctx.session;
      if (now.draft || !now.text.trim()) return;
      this.filledFor = now.text;
      const own = ownFields(engine, now.text, now.fields.date);
      if (!own) return;
      const fill = (x: Session): Session => ({
        ...x,
        fields: {
          ...x.fields,
          title: x.fields.title || own.title,
          outlet: x.fields.outlet || own.outlet,
        },
      });
      if (JSON.stringify(fill(now).fields) === JSON.stringify(now.fields)) return;
      this.ctx.update((x) => (x.text === now.text && !x.draft ? fill(x) : x));
    }, 150);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.fillTimer);
  }

  private setField(name: keyof ArticleFields, value: string): void {
    this.ctx.update((s) => {
      const fields = { ...s.fields, [name]: value };
      const article = s.draft?.articles[0];
      if (!s.draft || !article || name === 'date') return { ...s, fields, published: false };
      // After drafting, the fields edit the article's record itself.
      const draft = structuredClone(s.draft);
      const a = draft.articles[0] as unknown as Record<string, unknown>;
      if (name === 'title') {
        a.title = value.trim();
        const passage = article.titlePassage as { text: string } | null;
        if (passage && passage.text !== a.title) a.titlePassage = null;
      } else if (value.trim()) a[name] = value.trim();
      else if (name === 'outlet') a.outlet = null;
      else delete a[name];
      return { ...s, fields, draft, published: false };
    });
  }

  private onPaste(event: ClipboardEvent): void {
    if (!this.ctx.session.draft) return; // the text area takes it as typed text
    event.preventDefault();
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text) void this.app.startNew(text);
  }

  private async onFile(event: Event): Promise<void> {
    const file = await chosenFile(event);
    if (!file) return;
    const { text } = file;
    if (await this.app.startNew(text, file.name)) {
      this.ctx.update((s) => ({ ...s, fields: sniffFields(text, s.fields) }));
    }
  }

  private draft(): void {
    const engine = this.engine;
    const s = this.ctx.session;
    if (!engine) return;
    const { date, outlet, url } = s.fields;
    // A title that is the text's own title line is not given: the draft then keeps its passage.
    const own = s.fields.title ? ownFields(engine, s.text, date) : null;
    const title = own && own.title === s.fields.title ? '' : s.fields.title;
    const id = s.fileName ? s.fileName.replace(/\.txt$/i, '') : undefined;
    try {
      const drafted = engine.draftArticle(s.text, {
        ...(date ? { date } : {}),
        ...(title ? { title } : {}),
        ...(outlet ? { outlet } : {}),
        ...(url ? { url } : {}),
        ...(id ? { id } : {}),
      });
      this.error = '';
      this.ctx.update(
        (old): Session => ({
          ...old,
          draft: drafted.collection,
          spans: drafted.spans,
          decisions: {},
          published: false,
          fields: fieldsOfArticle(drafted.collection.articles[0], old.fields),
        }),
      );
    } catch (error) {
      if (!isDraftInputError(error)) throw error;
      // The engine's `no-date` for an agency dateline without a year names the dateline.
      this.error = error.dateline
        ? this.ctx.t.noYear(error.dateline)
        : (this.ctx.t.inputError[error.code] ?? error.message);
    }
  }

  protected override render() {
    const { session: s, t } = this.ctx;
    const drafted = s.draft !== null;
    const articleProblems = this.ctx.check.byItem.get('article') ?? [];
    const field = (name: keyof ArticleFields, label: string, type = 'text') =>
      html`<label class="field"
        >${label}
        <input
          type=${type}
          name=${name}
          .value=${s.fields[name]}
          @change=${(e: Event) => this.setField(name, (e.target as HTMLInputElement).value)}
      /></label>`;
    return html`<section class="panel input" aria-labelledby="input-heading">
      <h2 id="input-heading">${t.input}</h2>
      <label class="field" for="article-text">${t.articleText}</label>
      <textarea
        id="article-text"
        rows=${drafted ? 3 : 14}
        spellcheck="false"
        ?readonly=${drafted}
        .value=${s.text}
        @paste=${this.onPaste}
        @input=${(e: Event) => {
          const text = (e.target as HTMLTextAreaElement).value;
          this.ctx.update((old) => ({ ...old, text, fields: sniffFields(text, old.fields) }));
        }}
      ></textarea>
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
      <details class="details" ?open=${!drafted}>
        <summary>${t.details}</summary>
        <div class="fields">
          <div>
            ${field('date', t.date, 'date')}
            <p class="hint">${t.dateHint}</p>
          </div>
          ${field('title', t.title)} ${field('outlet', t.outlet)} ${field('url', t.url, 'url')}
        </div>
      </details>
      <div class="row">
        <button
          type="button"
          class="primary"
          ?disabled=${!this.engine || !s.text.trim()}
          @click=${this.draft}
        >
          ${t.draft}
        </button>
        <span role="status" class="status"
          >${this.engine === null ? t.noEngine : this.engine === undefined ? t.loadingEngine : ''}${
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
