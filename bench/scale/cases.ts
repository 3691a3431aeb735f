/**
 * The ways of drawing many visits that the scale benchmark compares: our element, and what a
 * developer would otherwise use with Leaflet. Each case gets a container and the parsed dataset,
 * draws it, and hands back its Leaflet map for the pan and zoom script.
 *
 * Every case does the same work on the clock: its code is loaded before (the baselines' is in
 * this page's bundle; the element's clustering code, which it loads on first use, is loaded by
 * `prepare`), its map and base map are made before, and drawing fits the view to the visits
 * (as the element does) and places their markers. The baselines fit first, then add markers:
 * the cheaper order for them.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import Supercluster, { type AnyProps, type PointFeature } from 'supercluster';
import baseMapData from '../../data/basemap/basemap.topo.json';
import '../../src/components/inspection-map/define.js';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { type BaseMapTopology, baseMapFeatures, baseMapLayers } from '../../src/map/basemap.js';

L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

export interface Dataset {
  type: 'FeatureCollection';
  features: {
    id: string;
    geometry: { coordinates: [number, number] };
    properties: { name: { en: string }; visit: { date: string } };
  }[];
}

/** A prepared case: `draw` is what is timed; `drawn` says when its markers are on screen. */
export interface Case {
  map: L.Map;
  draw(data: Dataset): void;
  drawn(): boolean;
  /** Where the clustering index runs, for the element. */
  where?: () => string;
  /** For the element: resolves when every record is checked (`inspection-map-load`). */
  checked?: Promise<number>;
}

const base = baseMapFeatures(baseMapData as unknown as BaseMapTopology);

function plainMap(stage: HTMLElement): L.Map {
  const box = document.createElement('div');
  stage.append(box);
  const map = L.map(box, { minZoom: 2, maxZoom: 12, zoomSnap: 0.25 }).setView([35, 105], 4);
  for (const layer of baseMapLayers(base, new Set())) layer.addTo(map);
  return map;
}

const latLng = (f: Dataset['features'][number]): L.LatLngTuple => [
  f.geometry.coordinates[1],
  f.geometry.coordinates[0],
];
const popup = (f: Dataset['features'][number]) => () => {
  const p = document.createElement('p');
  p.textContent = `${f.properties.name.en}, ${f.properties.visit.date}`;
  return p;
};

/** The view fitted to the visits, before their markers are added, as a page would do it. */
function fitToVisits(map: L.Map, data: Dataset): void {
  if (data.features.length === 0) return;
  map.fitBounds(L.latLngBounds(data.features.map(latLng)), { padding: [40, 40], animate: false });
}

async function element(stage: HTMLElement): Promise<Case> {
  // The clustering code the element loads on first use, loaded now (by the element's own
  // loader, as an earlier map on the page would have) as the baselines' code is.
  await import('../../src/map/layer-choice.js').then((m) => m.loadClusterCode(true));
  const el = document.createElement('inspection-map') as InspectionMap;
  stage.append(el);
  const adapter = () =>
    (el as unknown as { adapter?: { map: L.Map; drawing: string; drawn: unknown[] } }).adapter;
  while (!adapter()) await new Promise((r) => setTimeout(r, 10));
  let empty = false;
  const c: Case = {
    map: adapter()?.map as L.Map,
    draw(data) {
      empty = data.features.length === 0;
      c.checked = new Promise((resolve) =>
        el.addEventListener('inspection-map-load', () => resolve(performance.now()), {
          once: true,
        }),
      );
      el.data = data;
    },
    // Markers on the map: for a large input, drawn while its records are still being checked.
    drawn: () =>
      empty ? el.visits.length === 0 : !!el.shadowRoot?.querySelector('.leaflet-marker-icon'),
    where: () => adapter()?.drawing ?? '',
  };
  return c;
}

function markers(stage: HTMLElement): Case {
  const map = plainMap(stage);
  return {
    map,
    draw(data) {
      fitToVisits(map, data);
      for (const f of data.features) L.marker(latLng(f)).bindPopup(popup(f)).addTo(map);
    },
    drawn: () => !!map.getPane('markerPane')?.querySelector('.leaflet-marker-icon'),
  };
}

function canvas(stage: HTMLElement): Case {
  const map = plainMap(stage);
  const renderer = L.canvas({ padding: 0.25 });
  let done = false;
  return {
    map,
    draw(data) {
      fitToVisits(map, data);
      for (const f of data.features) {
        L.circleMarker(latLng(f), {
          renderer,
          radius: 5,
          weight: 1,
          color: '#fff',
          fillColor: '#b3261e',
          fillOpacity: 1,
        })
          .bindPopup(popup(f))
          .addTo(map);
      }
      done = true;
    },
    drawn: () => done,
  };
}

async function markercluster(stage: HTMLElement): Promise<Case> {
  (window as unknown as { L: typeof L }).L = L;
  await import('leaflet.markercluster');
  const map = plainMap(stage);
  return {
    map,
    draw(data) {
      fitToVisits(map, data);
      const group = L.markerClusterGroup();
      group.addLayers(data.features.map((f) => L.marker(latLng(f)).bindPopup(popup(f))));
      map.addLayer(group);
    },
    drawn: () => !!map.getPane('markerPane')?.querySelector('.leaflet-marker-icon'),
  };
}

/** supercluster on the main thread with a light layer: only what is in view, redrawn on move. */
function superclusterMain(stage: HTMLElement): Case {
  const map = plainMap(stage);
  const layer = L.layerGroup().addTo(map);
  let index: Supercluster | undefined;
  const redraw = () => {
    if (!index) return;
    const b = map.getBounds().pad(0.25);
    const bbox: [number, number, number, number] = [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ];
    layer.clearLayers();
    for (const c of index.getClusters(bbox, Math.floor(map.getZoom()))) {
      const [lng, lat] = c.geometry.coordinates as [number, number];
      const count = (c.properties as { point_count?: number }).point_count;
      const icon = count
        ? L.divIcon({ html: String(count), className: 'marker-cluster', iconSize: [36, 36] })
        : new L.Icon.Default();
      L.marker([lat, lng], { icon }).addTo(layer);
    }
  };
  map.on('moveend', redraw);
  return {
    map,
    draw(data) {
      // Fitted before the index is there: the fit's `moveend` draws nothing, the call below does.
      fitToVisits(map, data);
      index = new Supercluster({ radius: 56, extent: 256, maxZoom: 11 }).load(
        data.features as unknown as PointFeature<AnyProps>[],
      );
      redraw();
    },
    drawn: () => !!map.getPane('markerPane')?.querySelector('.leaflet-marker-icon'),
  };
}

/** Prepares a case in `stage`; nothing is drawn yet. */
export async function prepare(kind: string, stage: HTMLElement): Promise<Case> {
  switch (kind) {
    case 'element':
    case 'empty':
      return element(stage);
    case 'markers':
      return markers(stage);
    case 'canvas':
      return canvas(stage);
    case 'markercluster':
      return markercluster(stage);
    case 'supercluster':
      return superclusterMain(stage);
    default:
      throw new Error(`unknown case ${kind}`);
  }
}
