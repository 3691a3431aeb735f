import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { VisitMap } from '../../map/visit-map.js';
import type { VisitFeature } from '../../model/schema.js';
import { stringsFor } from '../strings.js';
import { visitLabel } from '../visit-card.js';
import type { DeepLinkController } from './deep-link-controller.js';
import { emit } from './events.js';
import { prefersReducedMotion } from './media.js';

/** What the selection needs of the element. */
export interface SelectionHost extends ReactiveControllerHost, EventTarget {
  selected: string | null;
  /** All drawn visits, in date order. */
  readonly visits: readonly VisitFeature[];
  /** The visits of the chosen year, in date order: the tour's stops. */
  readonly shown: readonly VisitFeature[];
}

/** How a user's selection was made. */
export interface ChooseOptions {
  /** Made on the map itself: the map has opened (or closed) the popup already. */
  fromMap?: boolean;
  /** Fly to the visit before its popup opens. */
  fly?: boolean;
  /** Move keyboard focus into the popup. */
  focus?: boolean;
}

/** How the map opens a selected visit (see VisitMap.select). */
export interface SelectOptions {
  focus: boolean;
  fly: boolean;
  animate: boolean;
}

/**
 * The user's selections, from the map, the list, the tour and the URL: opens the popup, keeps
 * the URL in step, announces the change in the live region and fires `inspection-map-select`.
 * Also the tour (previous, next, overview).
 */
export class SelectionController implements ReactiveController {
  private announcementText = '';
  private hidden: VisitFeature | null = null;
  /** A choice made before its marker was drawn: opened as chosen once it is. */
  private waiting: { id: string; options: SelectOptions } | null = null;

  constructor(
    private readonly host: SelectionHost,
    private readonly deps: {
      adapter: () => VisitMap | undefined;
      language: () => string;
      deepLinks: DeepLinkController;
      fitAll: () => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Text for the polite live region. */
  get announcement(): string {
    return this.announcementText;
  }

  set announcement(text: string) {
    this.announcementText = text;
    this.host.requestUpdate();
  }

  /** A visit the filters hid while it was open, or `null`. */
  get filteredOut(): VisitFeature | null {
    return this.hidden;
  }

  set filteredOut(visit: VisitFeature | null) {
    this.hidden = visit;
    this.host.requestUpdate();
  }

  /**
   * Every user selection ends here: the map, the list, the tour, the URL. Updates the URL
   * (when deep links are on), announces the change and fires `inspection-map-select`.
   */
  choose(id: string | null, how: ChooseOptions = {}): void {
    this.waiting = null;
    if (!how.fromMap) {
      const options = {
        fly: how.fly ?? false,
        focus: how.focus ?? false,
        animate: !prefersReducedMotion(),
      };
      const opened = this.deps.adapter()?.select(id, options) ?? false;
      // Before the markers are drawn (the map's code still loading, the visits not yet given
      // to it): the map opens the visit as chosen once they are.
      if (!opened && id !== null) this.waiting = { id, options };
    }
    this.host.selected = id;
    this.filteredOut = null;
    const visit = id ? this.host.visits.find((v) => v.id === id) : undefined;
    const language = this.deps.language();
    const strings = stringsFor(language);
    this.announcement = visit
      ? strings.announceOpened(visitLabel(visit, language))
      : strings.announceClosed;
    this.deps.deepLinks.write(id);
    emit(this.host, 'inspection-map-select', { id });
  }

  /**
   * The options of the choice of `id` made before its marker was drawn, once: the map asks
   * when it draws the visits. `undefined` for any other id.
   */
  opening(id: string): SelectOptions | undefined {
    const waiting = this.waiting;
    this.waiting = null;
    return waiting?.id === id ? waiting.options : undefined;
  }

  /** Moves the tour one stop; from no selection, Next starts at the first and Previous at the last. */
  step(delta: -1 | 1): void {
    const shown = this.host.shown;
    if (shown.length === 0) return;
    const at = shown.findIndex((v) => v.id === this.host.selected);
    const next =
      at < 0 ? (delta > 0 ? 0 : shown.length - 1) : (at + delta + shown.length) % shown.length;
    const visit = shown[next];
    if (visit) this.choose(visit.id, { fly: true });
  }

  /** The tour's overview: closes the open visit and fits the map to all. */
  overview(): void {
    if (this.host.selected) this.choose(null);
    this.deps.fitAll();
  }

  /** The URL named a visit (Back, Forward, a pasted link): open it, or close with `null`. */
  navigated(id: string | null): void {
    if (id !== this.host.selected && (id === null || this.host.visits.some((v) => v.id === id))) {
      this.choose(id, { fly: true });
    }
  }

  /**
   * The reader's filters hid the open visit: it closes (with an event, the URL cleared),
   * and is remembered so the toolbar can say it was hidden.
   */
  hide(visit: VisitFeature): void {
    this.deps.adapter()?.select(null);
    this.dropped();
    this.filteredOut = visit;
  }

  /**
   * The selected visit is gone from the map (new data without it, filters that hide it): no
   * selection now, the URL cleared, and an event, since code did not set `selected`.
   */
  dropped(): void {
    if (this.host.selected === null) return;
    this.host.selected = null;
    this.deps.deepLinks.write(null);
    emit(this.host, 'inspection-map-select', { id: null });
  }
}
