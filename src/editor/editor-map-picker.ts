/**
 * The map a visit's place is chosen on: wraps the Leaflet adapter's place picker in a shadow
 * root that carries Leaflet's CSS, and reports the chosen point as `editor-pick`.
 *
 * @module
 */
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { css, html, LitElement, type PropertyValues, unsafeCSS } from 'lit';
import baseMapData from '../../data/basemap/basemap.topo.json';
import type { BaseMapTopology } from '../map/basemap.js';
import { PlacePicker } from '../map/place-picker.js';

export class EditorMapPicker extends LitElement {
  static override properties = {
    label: { type: String },
    point: { attribute: false },
  };
  static override styles = [
    unsafeCSS(leafletCss),
    css`
      :host { display: block; }
      .map { height: 260px; background: #dbe9f4; outline-offset: 2px; }
      .map:focus-visible { outline: 3px solid #0b57d0; }
      .im-province { fill: #f4f1ea; stroke: #a59e93; }
      .im-country { fill: #e4e2dc; stroke: #a59e93; }
      .crosshair { position: absolute; left: 50%; top: 50%; width: 18px; height: 18px;
        margin: -9px 0 0 -9px; border: 2px solid #1f2328; border-radius: 50%; pointer-events: none; z-index: 500; }
      .picker-marker { background: #b3261e; border: 2px solid #fff; border-radius: 50%; }
      .wrap { position: relative; }
    `,
  ];
  /** The accessible name of the map, saying how to use it. */
  declare label: string;
  /** The current choice, `[longitude, latitude]`. */
  declare point: [number, number] | undefined;
  private picker: PlacePicker | undefined;

  override firstUpdated(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!box) return;
    this.picker = new PlacePicker(box, {
      baseMap: baseMapData as unknown as BaseMapTopology,
      label: this.label,
      point: this.point,
      onPick: (lon, lat) =>
        this.dispatchEvent(new CustomEvent('editor-pick', { detail: { lon, lat }, bubbles: true })),
    });
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('point') && this.point && this.picker) this.picker.show(...this.point);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.picker?.destroy();
    this.picker = undefined;
  }

  protected override render() {
    return html`<div class="wrap"><div class="map" tabindex="0"></div><div class="crosshair"></div></div>`;
  }
}
