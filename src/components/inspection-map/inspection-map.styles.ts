import { cardStyles } from './card.styles.js';
import { clusterStyles } from './cluster.styles.js';
import { filtersStyles } from './filters.styles.js';
import { guestStyles } from './guest.styles.js';
import { hostStyles } from './host.styles.js';
import { listStyles } from './list.styles.js';
import { mapStyles } from './map.styles.js';
import { popupStyles } from './popup.styles.js';
import { printStyles } from './print.styles.js';
import { statusStyles } from './status-view.styles.js';
import { toolbarStyles } from './toolbar.styles.js';

/**
 * Styles of `<inspection-map>`, one module per part, in cascade order: the box and layout, the
 * map, the popup, the card, the list, the toolbar and its filters, print, then the status messages, the guest
 * hints and the clusters.
 */
export const styles = [
  hostStyles,
  mapStyles,
  popupStyles,
  cardStyles,
  listStyles,
  toolbarStyles,
  filtersStyles,
  printStyles,
  statusStyles,
  guestStyles,
  clusterStyles,
];
