import type { LoadResult, Problem } from '../../model/load.js';

/** `detail` of each event `<inspection-map>` fires. */
export interface InspectionMapEventDetail {
  /** The user selected a visit, or closed it (`id: null`). */
  'inspection-map-select': { id: string | null };
  /** Data was loaded and drawn: how many visits, and the records skipped. */
  'inspection-map-load': { visits: number; problems: Problem[] };
  /** The data had problems; `fatal` when nothing could be drawn from it. */
  'inspection-map-problems': { problems: Problem[]; fatal: boolean };
  /** The user changed the filters: each facet's chosen key (`null` for all), and how many visits show. */
  'inspection-map-filter': InspectionMapFilterDetail;
}

/** `detail` of `inspection-map-filter`. */
export interface InspectionMapFilterDetail {
  year: string | null;
  leader: string | null;
  province: string | null;
  industry: string | null;
  /** How many visits the filters let through. */
  shown: number;
}

export type InspectionMapEventName = keyof InspectionMapEventDetail;

/** Dispatches one of the element's events: bubbling, composed, not cancelable. */
export function emit<K extends InspectionMapEventName>(
  target: EventTarget,
  type: K,
  detail: InspectionMapEventDetail[K],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Tells the page that visits were drawn (`inspection-map-load`), and of records skipped. */
export function emitLoaded(target: EventTarget, result: LoadResult): void {
  emit(target, 'inspection-map-load', {
    visits: result.visits.length,
    problems: result.problems,
  });
  if (result.problems.length) {
    emit(target, 'inspection-map-problems', { problems: result.problems, fatal: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inspection-map-select': CustomEvent<InspectionMapEventDetail['inspection-map-select']>;
    'inspection-map-load': CustomEvent<InspectionMapEventDetail['inspection-map-load']>;
    'inspection-map-problems': CustomEvent<InspectionMapEventDetail['inspection-map-problems']>;
    'inspection-map-filter': CustomEvent<InspectionMapEventDetail['inspection-map-filter']>;
  }
}
