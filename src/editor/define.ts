/**
 * Defines the editor's elements (the classes have no side effects) and `<inspection-map>` for
 * the preview. The place picker's map is defined when first opened (`map-picker-define.ts`), so
 * Leaflet loads with the preview's map, after the page is drawn.
 *
 * @module
 */
import '../components/inspection-map/define.js';
import { EditorApp } from './editor-app.js';
import { EditorArea } from './editor-area.js';
import { EditorArticle } from './editor-article.js';
import { EditorConfirm } from './editor-confirm.js';
import { EditorCorroboration } from './editor-corroboration.js';
import { EditorInput } from './editor-input.js';
import { EditorNewVisit } from './editor-new-visit.js';
import { EditorPlace } from './editor-place.js';
import { EditorPlaceSearch } from './editor-place-search.js';
import { EditorPreview } from './editor-preview.js';
import { EditorProject } from './editor-project.js';
import { EditorPublish } from './editor-publish.js';
import { EditorReview } from './editor-review.js';
import { EditorSameVisit } from './editor-same-visit.js';

const elements = {
  'editor-app': EditorApp,
  'editor-area': EditorArea,
  'editor-article': EditorArticle,
  'editor-confirm': EditorConfirm,
  'editor-corroboration': EditorCorroboration,
  'editor-input': EditorInput,
  'editor-new-visit': EditorNewVisit,
  'editor-place': EditorPlace,
  'editor-place-search': EditorPlaceSearch,
  'editor-preview': EditorPreview,
  'editor-project': EditorProject,
  'editor-publish': EditorPublish,
  'editor-review': EditorReview,
  'editor-same-visit': EditorSameVisit,
} as const;

for (const [tag, element] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-app': EditorApp;
    'editor-area': EditorArea;
    'editor-article': EditorArticle;
    'editor-confirm': EditorConfirm;
    'editor-corroboration': EditorCorroboration;
    'editor-input': EditorInput;
    'editor-new-visit': EditorNewVisit;
    'editor-place': EditorPlace;
    'editor-place-search': EditorPlaceSearch;
    'editor-preview': EditorPreview;
    'editor-project': EditorProject;
    'editor-publish': EditorPublish;
    'editor-review': EditorReview;
    'editor-same-visit': EditorSameVisit;
  }
}
