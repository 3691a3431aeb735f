/**
 * The size baseline: what a developer would write by hand with plain Leaflet to show the same
 * three visits, with popups of their quotes and figures, on the same base map. Default marker
 * icons, Leaflet's own controls, no validation, no list, no keyboard work beyond Leaflet's.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import topology from '../../../data/basemap/basemap.topo.json';
import visitsUrl from '../../../data/visits.geojson?url';

const map = L.map('map').setView([35, 110], 4);
const style = (fill) => () => ({ color: '#a59e93', weight: 0.8, fillColor: fill, fillOpacity: 1 });
L.geoJSON(feature(topology, topology.objects.countries), { style: style('#e4e2dc') }).addTo(map);
L.geoJSON(feature(topology, topology.objects.provinces), { style: style('#f4f1ea') }).addTo(map);
map.attributionControl.addAttribution('Made with Natural Earth | GeoNames (CC BY 4.0)');

function el(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

const data = await (await fetch(visitsUrl)).json();
const points = [];
for (const f of data.features) {
  const p = f.properties;
  const [lng, lat] = f.geometry.coordinates;
  points.push([lat, lng]);
  L.marker([lat, lng], { title: p.name.en })
    .bindPopup(() => {
      const box = el('div');
      box.append(
        el('h3', p.name.en),
        el('p', `${p.place.city.en}, ${p.place.province.en} · ${p.visit.date}`),
      );
      for (const q of p.quotes)
        box.append(
          el('blockquote', q.text),
          el('small', `${q.speaker}, characters ${q.start}–${q.end}`),
        );
      for (const s of p.statistics) box.append(el('p', `${s.figure}: ${s.measure} (${s.period})`));
      return box;
    })
    .addTo(map);
}
map.fitBounds(points, { padding: [40, 40] });
