/**
 * Defines every element of the editor at once, and `<inspection-map>` for the preview (for
 * what mounts the editor whole, as its tests do). The page itself defines its first screen
 * first and the other parts after (`main.ts`). The place picker's map is defined when first
 * opened (`map-picker-define.ts`), so Leaflet loads with the preview's map.
 *
 * @module
 */
import './define-first.js';
import './define-review.js';
import './define-publish.js';
import './define-preview.js';
