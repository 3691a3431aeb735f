/**
 * Defines the live preview and `<inspection-map>` in it (the map's code and its base map).
 *
 * @module
 */
import '../components/inspection-map/define.js';
import { EditorPreview } from './editor-preview.js';
import { defineElements } from './light-element.js';

defineElements({ 'editor-preview': EditorPreview });

declare global {
  interface HTMLElementTagNameMap {
    'editor-preview': EditorPreview;
  }
}
