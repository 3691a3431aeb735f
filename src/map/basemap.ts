/**
 * The embedded base map: China's provinces and the neighbouring countries from Natural Earth,
 * drawn as vector layers so no tile server is needed. The provinces of visited sites are drawn
 * in the highlight colour.
 *
 * @module
 */
import type {
  Feature,
  Geometry,
  MultiPolygon,
  Polygon as PolygonGeometry,
  Position,
} from 'geojson';
import { FeatureGroup, LatLng, type Path, type PathOptions, Polygon } from 'leaflet';
import type { BaseMapFeatures, BaseMapProperties } from './basemap-data.js';

export { type BaseMapTopology, baseMapFeatures } from './basemap-data.js';

/** A base-map feature's polygon, which keeps its feature as Leaflet's GeoJSON layer does. */
type BaseMapPolygon = Polygon<BaseMapProperties> & {
  feature?: Feature<PolygonGeometry | MultiPolygon, BaseMapProperties>;
};

/** A ring of `[longitude, latitude]` positions as Leaflet's `LatLng`s. */
const toLatLngs = (ring: Position[]) => ring.map((p) => new LatLng(p[1] as number, p[0] as number));

/**
 * One feature's polygon: what Leaflet's `GeoJSON` layer builds for a Polygon or a
 * MultiPolygon, the only geometries of the base map (without that layer's code, and the
 * points, lines and circles it also handles). Throws a `TypeError` for another geometry.
 */
function polygonOf(f: Feature<Geometry, BaseMapProperties>, options: PathOptions): BaseMapPolygon {
  const g = f.geometry;
  const latLngs =
    g.type === 'Polygon'
      ? g.coordinates.map(toLatLngs)
      : g.type === 'MultiPolygon'
        ? g.coordinates.map((polygon) => polygon.map(toLatLngs))
        : undefined;
  if (!latLngs) {
    throw new TypeError(
      `base map: ${f.properties.id} is a ${g.type}, not a Polygon or MultiPolygon`,
    );
  }
  const polygon: BaseMapPolygon = new Polygon(latLngs, options);
  polygon.feature = f as Feature<PolygonGeometry | MultiPolygon, BaseMapProperties>;
  return polygon;
}

/**
 * Builds the base-map layers. They are not interactive: they never take focus or clicks.
 * Colours come from CSS through the classes `im-country`, `im-province` and
 * `im-province--visited`, so the host's custom properties theme them.
 *
 * @param features - from {@link baseMapFeatures}.
 * @param highlighted - province ids (`properties.id`) of visited provinces.
 * @param pane - the map pane to draw in; Leaflet's `overlayPane` by default.
 * @returns the countries layer and the provinces layer, to add in that order; each a group of
 *   one polygon per feature. Throws a `TypeError` for a feature that is not a polygon.
 */
export function baseMapLayers(
  features: BaseMapFeatures,
  highlighted: ReadonlySet<string>,
  pane = 'overlayPane',
): FeatureGroup[] {
  const common: PathOptions = {
    interactive: false,
    weight: 0.8,
    fillOpacity: 1,
    opacity: 1,
    pane,
  };
  const countries = features.countries.features.map((f) =>
    polygonOf(f, { ...common, className: 'im-country' }),
  );
  const provinces = features.provinces.features.map((f) =>
    polygonOf(f, {
      ...common,
      className: highlighted.has(f.properties.id)
        ? 'im-province im-province--visited'
        : 'im-province',
    }),
  );
  return [new FeatureGroup(countries), new FeatureGroup(provinces)];
}

/**
 * Marks the provinces of visited sites (`im-province--visited`) on a provinces layer from
 * {@link baseMapLayers}, without rebuilding it.
 *
 * @param provinces - the second layer that {@link baseMapLayers} returns.
 * @param highlighted - province ids (`properties.id`) to mark; the others are unmarked.
 */
export function highlightProvinces(
  provinces: FeatureGroup,
  highlighted: ReadonlySet<string>,
): void {
  provinces.eachLayer((layer) => {
    const path = layer as Path & BaseMapPolygon;
    const visited = highlighted.has(path.feature?.properties.id ?? '');
    path.options.className = visited ? 'im-province im-province--visited' : 'im-province';
    path.getElement()?.classList.toggle('im-province--visited', visited);
  });
}
