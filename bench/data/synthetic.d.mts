/** Types of `synthetic.mjs`. */
export type Place = [string, number, number, string, string, string, string];
export function random(seed: number): () => number;
export function syntheticVisits(options: {
  count: number;
  seed?: number;
  base: unknown;
  places: readonly Place[];
}): {
  type: 'FeatureCollection';
  articles: unknown[];
  statistics: unknown[];
  features: { id: string; properties: { visit: { date: string } } }[];
};
