/**
 * What a map needs of every visit, gathered in one pass: coordinates, provinces and extent.
 * Built while the records are validated, when each is fresh in memory, it saves a second walk
 * over 100,000 objects later.
 *
 * @module
 */
import { dateKey } from './dates.js';
import type { VisitFeature } from './schema.js';

/** Coordinates, provinces and extent of a list of visits. */
export interface VisitSummary {
  /** `[longitude, latitude]` pairs, flattened, in the order of the visits. */
  coords: Float64Array;
  /** `basemapId` of every province with a visit. */
  provinces: Set<string>;
  /** `[south, west, north, east]` in degrees; `null` when there are no visits. */
  bounds: [number, number, number, number] | null;
  /** Each visit's date as a sort key (see `dateKey` in dates.ts), in the order of the visits. */
  dateKeys: Uint32Array;
  /** Each visit's province, as an index into `provinceList`, in the order of the visits. */
  provinceOf: Uint16Array;
  /** The provinces with visits, each once, as the records give them. */
  provinceList: Province[];
}

/** A visit's province, as its record gives it. */
export type Province = VisitFeature['properties']['place']['province'];

/** Gathers a {@link VisitSummary} and each visit's date key, one visit at a time. */
export class SummaryBuilder {
  private coords: number[] = [];
  readonly dateKeys: number[] = [];
  private readonly provinces = new Set<string>();
  private readonly provinceOf: number[] = [];
  private readonly provinceList: Province[] = [];
  private readonly provinceIndex = new Map<string, number>();
  private box = [90, 180, -90, -180] as [number, number, number, number];

  add(visit: VisitFeature): void {
    const [lng, lat] = visit.geometry.coordinates;
    this.coords.push(lng, lat);
    this.dateKeys.push(dateKey(visit.properties.visit.date));
    const province = visit.properties.place.province;
    let index = this.provinceIndex.get(province.basemapId);
    if (index === undefined) {
      index = this.provinceList.length;
      this.provinceList.push(province);
      this.provinceIndex.set(province.basemapId, index);
      this.provinces.add(province.basemapId);
    }
    this.provinceOf.push(index);
    const b = this.box;
    if (lat < b[0]) b[0] = lat;
    if (lng < b[1]) b[1] = lng;
    if (lat > b[2]) b[2] = lat;
    if (lng > b[3]) b[3] = lng;
  }

  get count(): number {
    return this.dateKeys.length;
  }

  /**
   * The summary, with the coordinates in the order `order` gives (indices into the visits in
   * the order they were added); in that order when `order` is left out.
   */
  build(order?: ArrayLike<number>): VisitSummary {
    const n = this.dateKeys.length;
    const coords = new Float64Array(2 * n);
    const dateKeys = new Uint32Array(n);
    const provinceOf = new Uint16Array(n);
    for (let k = 0; k < n; k++) {
      const i = order ? (order[k] as number) : k;
      coords[2 * k] = this.coords[2 * i] as number;
      coords[2 * k + 1] = this.coords[2 * i + 1] as number;
      dateKeys[k] = this.dateKeys[i] as number;
      provinceOf[k] = this.provinceOf[i] as number;
    }
    return {
      coords,
      provinces: this.provinces,
      bounds: n ? [...this.box] : null,
      dateKeys,
      provinceOf,
      provinceList: this.provinceList,
    };
  }
}

/** The summary of visits in one pass over them. */
export function summarise(visits: readonly VisitFeature[]): VisitSummary {
  const builder = new SummaryBuilder();
  for (const v of visits) builder.add(v);
  return builder.build();
}
