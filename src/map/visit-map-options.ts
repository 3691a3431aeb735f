import type { VisitFeature } from '../model/schema.js';
import type { BaseMapTopology } from './basemap-data.js';
import type { CLUSTER_FROM } from './cluster-protocol.js';
import type { Credit } from './credits.js';
import type { TilesOptions } from './tile-slot.js';

/** What the adapter needs from its host. */
export interface VisitMapOptions {
  /** The embedded base map. */
  baseMap: BaseMapTopology;
  /** Builds the popup's content for a visit, as DOM. */
  renderPopup: (visit: VisitFeature) => HTMLElement;
  /** The accessible name of a visit's marker. */
  markerLabel: (visit: VisitFeature) => string;
  /** The accessible name of a cluster of `count` visits, for example "12 visits". */
  clusterLabel: (count: number) => string;
  /** The count shown on a cluster, short: "12", "1.2K", "1.2万". */
  clusterCount: (count: number) => string;
  /**
   * From this many visits on, visits are clustered (only the markers in view drawn; indexed in
   * a Web Worker from `WORKER_FROM`, 2,000, visits on); below it every visit has its own pin.
   * Default {@link CLUSTER_FROM}, 100.
   */
  clusterFrom?: number;
  /** Called when the user (not code) selects a visit, or closes its popup (`null`). */
  onUserSelect?: (id: string | null) => void;
  /**
   * Called with a visit's id when its popup could not open because the popup's code failed to
   * load (the adapter then has no selection; the next open loads the code again).
   */
  onPopupUnavailable?: (id: string) => void;
  /** Credits shown in the attribution line. */
  credits: readonly Credit[];
  /**
   * Height in CSS pixels of the host's own content laid over the map 8 px below its top edge
   * (notices); an opened popup is panned clear of it. Default 0.
   */
  coveredTop?: () => number;
  /**
   * Labels of the zoom buttons and of the button that opens folded credits, and the hints shown
   * when a gesture scrolls the page.
   */
  labels: {
    zoomIn: string;
    zoomOut: string;
    credits: string;
    wheelHint: string;
    touchHint: string;
  };
  /**
   * Optional XYZ tile layer drawn above the base map, with its attribution. It is given up
   * (and `onUnavailable` called) when its tiles fail; see {@link WatchedTiles}.
   */
  tiles?: TilesOptions | undefined;
}
