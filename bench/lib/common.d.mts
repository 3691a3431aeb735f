/** Types of `common.mjs` (the parts TypeScript benchmarks use). */
export const ROOT: string;
export const RESULTS: string;
export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  [key: string]: unknown;
}
export function machine(): Promise<Machine>;
export function describeMachine(m: Machine): string;
export function median(values: readonly number[]): number | null;
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string;
export function writeResult(name: string, json: unknown, markdown: string): void;
