/**
 * Defines what the editor's first screen draws: the page's root, the article (its text box and
 * its marked text) and the confirmation dialog. The review, publishing and the preview come
 * after, each a module of its own (`define-review.ts`, `define-publish.ts`,
 * `define-preview.ts`) that the page imports once this one has run: the browser then compiles
 * and caches each part in a task of its own, not the whole editor in one long task.
 *
 * @module
 */
import { EditorApp } from './editor-app.js';
import { EditorArticle } from './editor-article.js';
import { EditorConfirm } from './editor-confirm.js';
import { EditorInput } from './editor-input.js';
import { defineElements } from './light-element.js';

defineElements({
  'editor-app': EditorApp,
  'editor-article': EditorArticle,
  'editor-confirm': EditorConfirm,
  'editor-input': EditorInput,
});

declare global {
  interface HTMLElementTagNameMap {
    'editor-app': EditorApp;
    'editor-article': EditorArticle;
    'editor-confirm': EditorConfirm;
    'editor-input': EditorInput;
  }
}
