/**
 * Defines `<editor-map-picker>`; imported when a place search is first opened.
 *
 * @module
 */
import { EditorMapPicker } from './editor-map-picker.js';

if (!customElements.get('editor-map-picker')) {
  customElements.define('editor-map-picker', EditorMapPicker);
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-map-picker': EditorMapPicker;
  }
}
