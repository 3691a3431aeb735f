/**
 * The embedded base map as data: China's provinces and the neighbouring countries from Natural
 * Earth, converted from TopoJSON. No Leaflet here, so Node can import it.
 *
 * @module
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties of every base-map feature: `id` is `CN.HE` style for provinces. */
export interface BaseMapProperties {
  id: string;
  name: string;
}

/** The derived base-map topology (see `data/basemap/README.md`). */
export type BaseMapTopology = Topology<{
  provinces: GeometryCollection<BaseMapProperties>;
  countries: GeometryCollection<BaseMapProperties>;
}>;

/** Both layers of the base map as GeoJSON. */
export interface BaseMapFeatures {
  provinces: FeatureCollection<Geometry, BaseMapProperties>;
  countries: FeatureCollection<Geometry, BaseMapProperties>;
}

/** Converts the topology to GeoJSON FeatureCollections, `[longitude, latitude]`. */
export function baseMapFeatures(topology: BaseMapTopology): BaseMapFeatures {
  return {
    provinces: feature(topology, topology.objects.provinces) as BaseMapFeatures['provinces'],
    countries: feature(topology, topology.objects.countries) as BaseMapFeatures['countries'],
  };
}
