/**
 * The embedded base map: China's provinces and the neighbouring countries from Natural Earth,
 * drawn as vector layers so no tile server is needed. The provinces of visited sites are drawn
 * in the highlight colour.
 *
 * @module
 */
import type { Feature, Geometry } from 'geojson';
import { GeoJSON, type Path, type PathOptions } from 'leaflet';
import type { BaseMapFeatures, BaseMapProperties } from './basemap-data.js';

export { type BaseMapTopology, baseMapFeatures } from './basemap-data.js';

/**
 * Builds the base-map layers. They are not interactive: they never take focus or clicks.
 * Colours come from CSS through the classes `im-country`, `im-province` and
 * `im-province--visited`, so the host's custom properties theme them.
 *
 * @param features - from {@link baseMapFeatures}.
 * @param highlighted - province ids (`properties.id`) of visited provinces.
 * @param pane - the map pane to draw in; Leaflet's `overlayPane` by default.
 * @returns the countries layer and the provinces layer, to add in that order.
 */
export function baseMapLayers(
  features: BaseMapFeatures,
  highlighted: ReadonlySet<string>,
  pane = 'overlayPane',
): GeoJSON[] {
  const common: PathOptions = {
    interactive: false,
    weight: 0.8,
    fillOpacity: 1,
    opacity: 1,
    pane,
  };
  const countries = new GeoJSON(features.countries, {
    interactive: false,
    pane,
    style: () => ({ ...common, className: 'im-country' }),
  });
  const provinces = new GeoJSON(features.provinces, {
    interactive: false,
    pane,
    style: (f?: Feature<Geometry, BaseMapProperties>) => ({
      ...common,
      className:
        f && highlighted.has(f.properties.id) ? 'im-province im-province--visited' : 'im-province',
    }),
  });
  return [countries, provinces];
}

/**
 * Marks the provinces of visited sites (`im-province--visited`) on a provinces layer from
 * {@link baseMapLayers}, without rebuilding it.
 *
 * @param provinces - the second layer that {@link baseMapLayers} returns.
 * @param highlighted - province ids (`properties.id`) to mark; the others are unmarked.
 */
export function highlightProvinces(provinces: GeoJSON, highlighted: ReadonlySet<string>): void {
  provinces.eachLayer((layer) => {
    const path = layer as Path & { feature?: Feature<Geometry, BaseMapProperties> };
    const visited = highlighted.has(path.feature?.properties.id ?? '');
    path.options.className = visited ? 'im-province im-province--visited' : 'im-province';
    path.getElement()?.classList.toggle('im-province--visited', visited);
  });
}
