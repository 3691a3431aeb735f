/** Types of scripts/api-docs.mjs, for the tests. */
export interface ManifestItem {
  name: string;
  description?: string;
  default?: string;
  reflects?: boolean;
  [key: string]: unknown;
}
export interface ElementDeclaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: ManifestItem[];
  members?: ManifestItem[];
  events?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
  slots?: ManifestItem[];
}
export interface Manifest {
  modules: { path: string; declarations?: ElementDeclaration[] }[];
}
export const START: string;
export const END: string;
export function elementDeclaration(manifest: Manifest): ElementDeclaration;
export function apiMarkdown(manifest: Manifest): string;
export function withApiSection(readme: string, section: string): string;
export function formatMarkdown(text: string): string;
export function generatedReadme(readme: string, manifest: Manifest): string;
