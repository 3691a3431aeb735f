/**
 * The package's entry: importing it defines `<inspection-map>`, and does nothing else.
 *
 * Where there is no DOM (Node, server-side rendering) it defines nothing and touches no global:
 * the element's code, Lit's and Leaflet's, is only evaluated where a document exists. The
 * import resolves once the tag is defined, so code after it can create the element and call its
 * methods at once.
 *
 * The element's class is `customElements.get('inspection-map')`; this module exports its types.
 *
 * @module
 */
export type { InspectionMap } from './components/inspection-map/define.js';
export type {
  InspectionMapEventDetail,
  InspectionMapEventName,
} from './components/inspection-map/events.js';
export type { Problem } from './model/load.js';
export type { VisitFeature } from './model/schema.js';

if (globalThis.document && globalThis.customElements && globalThis.HTMLElement) {
  await import('./components/inspection-map/define.js');
  // One file: the popup's code comes with the rest, so a visit opens at once (the page loads
  // it when a visit first opens; see src/map/popup-code.ts).
  await import('./map/visit-popup.js');
}
