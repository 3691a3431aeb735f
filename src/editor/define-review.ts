/**
 * Defines the review panel and what its cards draw: a visit's place and its search, its
 * corroborating reports, a figure's area, and the form that adds a visit by hand.
 *
 * @module
 */

import { EditorArea } from './editor-area.js';
import { EditorCorroboration } from './editor-corroboration.js';
import { EditorNewVisit } from './editor-new-visit.js';
import { EditorPlace } from './editor-place.js';
import { EditorPlaceSearch } from './editor-place-search.js';
import { EditorReview } from './editor-review.js';
import { defineElements } from './light-element.js';

defineElements({
  'editor-area': EditorArea,
  'editor-corroboration': EditorCorroboration,
  'editor-new-visit': EditorNewVisit,
  'editor-place': EditorPlace,
  'editor-place-search': EditorPlaceSearch,
  'editor-review': EditorReview,
});

declare global {
  interface HTMLElementTagNameMap {
    'editor-area': EditorArea;
    'editor-corroboration': EditorCorroboration;
    'editor-new-visit': EditorNewVisit;
    'editor-place': EditorPlace;
    'editor-place-search': EditorPlaceSearch;
    'editor-review': EditorReview;
  }
}
