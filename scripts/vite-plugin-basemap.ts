/**
 * A Vite plugin that ships the base map's topology with its arcs packed
 * (`src/map/packed-arcs.ts`): the product's `import … from '…/data/basemap/basemap.topo.json'`
 * gets a module that holds the same topology, its arcs as one string unpacked when the module
 * is first evaluated. The same integers, so the same map, about 4 KiB less to transfer gzipped.
 * Scripts and tests that read the JSON file itself are not affected.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { packArcs } from '../src/map/packed-arcs.js';

const BASE_MAP = /[\\/]data[\\/]basemap[\\/]basemap\.topo\.json$/;
const UNPACK = fileURLToPath(new URL('../src/map/packed-arcs.ts', import.meta.url));
const VIRTUAL = '\0inspection-map:basemap.topo.js';

/** The module's code for a topology file's text. */
export function packedTopologyModule(json: string): string {
  const { arcs, ...rest } = JSON.parse(json) as { arcs: number[][][]; transform?: unknown };
  if (!rest.transform) throw new Error('the base map has no transform: its arcs are not quantized');
  const { text, dimensions } = packArcs(arcs);
  return [
    `import { unpackArcs } from ${JSON.stringify(UNPACK)};`,
    `const topology = ${JSON.stringify(rest)};`,
    `topology.arcs = unpackArcs(${JSON.stringify(text)}, ${dimensions});`,
    'export default topology;',
  ].join('\n');
}

export function packedBaseMap(): Plugin {
  let file: string | undefined;
  return {
    name: 'inspection-map:packed-basemap',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!BASE_MAP.test(source) || !importer || importer.includes('/node_modules/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      file = resolved.id;
      return VIRTUAL;
    },
    load(id) {
      if (id !== VIRTUAL || !file) return null;
      this.addWatchFile(file);
      return packedTopologyModule(readFileSync(file, 'utf8'));
    },
  };
}
