/**
 * The article's text box: CodeMirror's editor view (`@codemirror/view`), which draws only the
 * lines near the view. A `<textarea>` lays out every line of its text: 0.5–1 s for a 1 MiB
 * article when it is pasted, and a few hundred ms more on each keystroke; this box pastes,
 * scrolls and types into the same article in tasks of a few ms. It is a multi-line text box
 * for the keyboard and screen readers (`role="textbox"`, `aria-multiline`, named by the label
 * it is given, `aria-readonly` once the article is drafted), with its own undo (Ctrl+Z,
 * Ctrl+Shift+Z or Ctrl+Y). Its text has each line break as `\n`, as a textarea's value has.
 *
 * The page's policy allows no inline style (`style-src 'self'`, no nonce: the page is static),
 * and CodeMirror puts its own styles in a `<style>` element of the document. Its styles go
 * instead into one constructed style sheet that the document adopts (`adoptedStyleSheets`,
 * which the policy allows), as CodeMirror itself does in a shadow root.
 *
 * @module
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { type ChangeSet, Compartment, EditorState, Transaction } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { StyleModule } from 'style-mod';

/** The sheet of CodeMirror's styles the document adopts, and the modules it holds, in order. */
let adopted: { sheet: CSSStyleSheet; modules: readonly StyleModule[] } | undefined;

/**
 * Has `StyleModule.mount` (through which CodeMirror adds its styles) put a document's styles in
 * an adopted style sheet instead of a `<style>` element; a shadow root's already go there.
 */
function adoptStyles(): void {
  if (adopted || !('adoptedStyleSheets' in Document.prototype)) return;
  const own = { sheet: new CSSStyleSheet(), modules: [] as readonly StyleModule[] };
  adopted = own;
  const mount = StyleModule.mount.bind(StyleModule);
  StyleModule.mount = (root, modules, options) => {
    if (!(root instanceof Document)) return mount(root, modules, options);
    const list = Array.isArray(modules) ? modules : [modules];
    if (list.length !== own.modules.length || list.some((m, i) => m !== own.modules[i])) {
      own.sheet.replaceSync(list.map((m) => m.getRules()).join('\n'));
      own.modules = list;
    }
    if (!root.adoptedStyleSheets.includes(own.sheet)) {
      root.adoptedStyleSheets = [own.sheet, ...root.adoptedStyleSheets];
    }
  };
}

/** A paste of this many characters or more is taken in tasks of its own. */
const LONG_PASTE = 65_536;

/**
 * The box's text after `changes`, from the text before them (`before`, as last shown or typed):
 * the parts kept are cut from it and the inserted text put between, so a keystroke in a 1 MiB
 * text costs what it changes, not a join of every line (tens of ms). A text before with a `\r`
 * counts its line breaks otherwise than the box: it is then built from the box's lines, once.
 */
export function textAfter(before: string, changes: ChangeSet, state: EditorState): string {
  if (before.length !== changes.length || before.includes('\r')) {
    return state.doc.toJSON().join(state.lineBreak);
  }
  const parts: string[] = [];
  let kept = 0;
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    parts.push(before.slice(kept, fromA), inserted.toJSON().join(state.lineBreak));
    kept = toA;
  });
  parts.push(before.slice(kept));
  return parts.join('');
}

export interface TextBoxOptions {
  /** The `id` of the editable element (the text box itself). */
  id: string;
  /** The `id` of the element that names it. */
  labelledBy: string;
  /** Called with the whole text after each change the person makes. */
  typed: (text: string) => void;
  /** A paste into the box: return `true` when it is handled (the box then takes nothing). */
  paste?: (event: ClipboardEvent) => boolean;
}

/** The article's text box in `parent`. */
export class TextBox {
  readonly view: EditorView;
  /** The text as last given to {@link TextBox.show} or typed. */
  private shown: string;
  private readonly editable = new Compartment();
  private showing = false;
  /** The text's delivery to `typed` after a long paste, while it waits for its task. */
  private giving: ReturnType<typeof setTimeout> | undefined;

  constructor(parent: HTMLElement, text: string, options: TextBoxOptions) {
    adoptStyles();
    this.shown = text;
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: text,
        extensions: [
          history(),
          keymap.of([...historyKeymap, ...defaultKeymap]),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            id: options.id,
            'aria-labelledby': options.labelledBy,
            'aria-multiline': 'true',
            spellcheck: 'false',
            // In the Tab order by its own attribute too, so that checkers see that the region
            // that scrolls around it can be reached.
            tabindex: '0',
          }),
          EditorView.domEventHandlers({
            paste: (event, view) => options.paste?.(event) || this.pasteLong(event, view),
          }),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged || this.showing) return;
            this.shown = textAfter(this.shown, update.changes, update.state);
            // The text is given once, in the task after the change, when a long text came in
            // (until then, what comes after it is given with it).
            if (this.giving !== undefined) return;
            let inserted = 0;
            update.changes.iterChanges((_a, _b, from, to) => {
              inserted += to - from;
            });
            if (inserted < LONG_PASTE) {
              options.typed(this.shown);
              return;
            }
            this.giving = setTimeout(() => {
              this.giving = undefined;
              options.typed(this.shown);
            }, 0);
          }),
          this.editable.of(EditorState.readOnly.of(false)),
        ],
      }),
    });
  }

  /** The text box whose editable element (or an element inside it) is `el`. */
  static of(el: Element | null): EditorView | null {
    const editor = el?.closest('.cm-editor');
    return editor instanceof HTMLElement ? EditorView.findFromDOM(editor) : null;
  }

  /** Shows `text` (unless it shows it already), and lets it be edited or not. */
  show(text: string, readOnly: boolean): void {
    const effects = this.editable.reconfigure(EditorState.readOnly.of(readOnly));
    if (text === this.shown) {
      if (this.view.state.readOnly !== readOnly) this.view.dispatch({ effects });
      return;
    }
    this.shown = text;
    this.showing = true;
    try {
      this.view.dispatch({
        changes: { from: 0, to: this.view.state.doc.length, insert: text },
        effects,
        // Undo takes back typing, never a text given from outside (a new article, another tab).
        annotations: Transaction.addToHistory.of(false),
      });
    } finally {
      this.showing = false;
    }
  }

  /**
   * A paste of {@link LONG_PASTE} characters or more is taken in three tasks: the clipboard is
   * read in the paste's own, the text put in the box in the next, and given to `typed` in the
   * one after (a 1 MiB paste was one task of all three).
   */
  private pasteLong(event: ClipboardEvent, view: EditorView): boolean {
    if (view.state.readOnly) return false;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.length < LONG_PASTE) return false;
    event.preventDefault();
    setTimeout(() => {
      if (this.view !== view || !view.dom.isConnected || view.state.readOnly) return;
      view.dispatch({
        ...view.state.replaceSelection(text),
        userEvent: 'input.paste',
        scrollIntoView: true,
      });
    }, 0);
    return true;
  }

  destroy(): void {
    clearTimeout(this.giving);
    this.view.destroy();
  }
}
