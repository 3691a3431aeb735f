/**
 * Defines `<inspection-map>`. Importing this module has that one side effect, and only when
 * the tag is not defined yet, so two copies on one page do not clash.
 *
 * @module
 */
import { InspectionMap } from './inspection-map.js';

export type { InspectionMapEventDetail } from './events.js';
export { InspectionMap };

if (globalThis.customElements && !customElements.get('inspection-map')) {
  customElements.define('inspection-map', InspectionMap);
}

declare global {
  interface HTMLElementTagNameMap {
    'inspection-map': InspectionMap;
  }
}
