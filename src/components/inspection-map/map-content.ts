/**
 * What the element gives the map to show, in its language: control labels and gesture hints,
 * credits, and the popup's card; and the base map's provinces, to check points against.
 *
 * @module
 */
import { html, render } from 'lit';
import baseMapData from '../../../data/basemap/basemap.topo.json';
import { type BaseMapTopology, baseMapFeatures } from '../../map/basemap-data.js';
import type { Credit } from '../../map/credits.js';
import type { Province } from '../../model/provinces.js';
import type { Article, VisitFeature } from '../../model/schema.js';
import { formatCount } from '../format.js';
import { stringsFor } from '../strings.js';
import { type CardContext, renderVisitCard, visitLabel } from '../visit-card.js';
import type { MapContent } from './map-controller.js';
import { isApple } from './media.js';
import type { VisitsController } from './visits-controller.js';

const BASE_CREDITS: Credit[] = [
  { text: 'Leaflet', href: 'https://leafletjs.com/' },
  { text: 'Made with Natural Earth', href: 'https://www.naturalearthdata.com/' },
  { text: 'GeoNames (CC BY 4.0)', href: 'https://www.geonames.org/' },
];

let provinces: readonly Province[] | undefined;
/** The base map's provinces as GeoJSON, converted once for all elements. */
export const baseMapProvinces = (): readonly Province[] => {
  provinces ??= baseMapFeatures(baseMapData as unknown as BaseMapTopology).provinces.features;
  return provinces;
};

/** The map's control labels and gesture hints in a language. */
export function mapLabels(language: string) {
  const strings = stringsFor(language);
  return {
    zoomIn: strings.zoomIn,
    zoomOut: strings.zoomOut,
    credits: strings.credits,
    wheelHint: strings.wheelHint(isApple() ? '⌘' : 'ctrl'),
    touchHint: strings.touchHint,
  };
}

/** The map's credits: the source article first (or how many there are, when several). */
export function mapCredits(language: string, articles: readonly Article[] = []): Credit[] {
  const strings = stringsFor(language);
  const [only] = articles;
  const source =
    articles.length === 1 && only
      ? [{ text: `${strings.source}: ${only.title} (${only.date})`, shorten: true }]
      : articles.length > 1
        ? [{ text: strings.sources(articles.length) }]
        : [];
  return [...source, ...BASE_CREDITS];
}

/**
 * The popup's content for a visit: a dialog holding its card and a close button; while the
 * data is checked, only "Loading visits…" (nothing of an unchecked record is shown).
 */
export function renderPopupCard(
  visit: VisitFeature,
  options: { language: string; checking: boolean; context: CardContext; close: () => void },
): HTMLElement {
  const card = document.createElement('div');
  card.className = 'card';
  card.tabIndex = -1;
  card.setAttribute('part', 'popup-card');
  card.setAttribute('role', 'dialog');
  const strings = stringsFor(options.language);
  if (options.checking) {
    // Not checked yet: nothing of the record is shown. Once checked, the popup is redrawn.
    card.setAttribute('aria-label', strings.loading);
    card.append(Object.assign(document.createElement('p'), { textContent: strings.loading }));
    return card;
  }
  card.setAttribute('aria-labelledby', `popup-title-${visit.id}`);
  render(
    html`<button class="card-close" type="button" aria-label=${strings.close}
        @click=${options.close}>
        <span aria-hidden="true">×</span>
      </button>
      ${renderVisitCard(visit, options.context, `popup-title-${visit.id}`)}`,
    card,
  );
  return card;
}

/**
 * Everything the adapter shows besides the visits, read from the element when needed: credits,
 * labels, popup cards, marker and cluster names, and where the user's selections go.
 */
export function mapContent(from: {
  language: () => string;
  loader: VisitsController;
  /** A visit's card context (see `cardContext`). */
  context: (visit: VisitFeature) => CardContext;
  close: () => void;
  choose: (id: string | null) => void;
  /** A visit's popup could not open: its code failed to load. */
  popupUnavailable: () => void;
}): MapContent {
  const { loader } = from;
  const language = from.language();
  return {
    credits: mapCredits(language, loader.result?.articles),
    labels: mapLabels(language),
    renderPopup: (visit) =>
      renderPopupCard(visit, {
        language: from.language(),
        checking: loader.status === 'checking',
        context: from.context(visit),
        close: from.close,
      }),
    markerLabel: (visit) => visitLabel(visit, from.language()),
    clusterLabel: (count) => stringsFor(from.language()).visitCount(count),
    clusterCount: (count) => formatCount(count, from.language()),
    onUserSelect: from.choose,
    onPopupUnavailable: from.popupUnavailable,
  };
}
