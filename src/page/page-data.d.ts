/** The page's dataset, provided at build time by `scripts/vite-plugin-page-data.ts`. */
declare module 'virtual:inspection-map/visits' {
  /**
   * The visits file's records as checked when the page was built, as JSON text: a
   * `Visits` object (`articles`, `statistics`, `visits`, `quotes`) with no problem.
   */
  export const visitsText: string;
}
declare module 'virtual:inspection-map/collection' {
  /** The parsed collection file (or the defaults where there is none); check before use. */
  export const collection: unknown;
}
