/**
 * A Vite plugin that records what each part of the product adds to the bundle: Leaflet, Lit, our
 * code, the base map and so on. Each part's modules, as rendered into the bundle after tree
 * shaking, are minified together (names mangled, no further compression) and then gzipped and
 * brotli-compressed alone, so the parts add up to about the chunks' total. Written to `file`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { minifySync } from 'rolldown/experimental';

/** The part of the product a module belongs to. */
export function partOf(id) {
  const path = id.replace(/\\/g, '/');
  // The base map's file, or the module that ships it with its arcs packed.
  if (path.includes('/data/basemap/') || path.includes('basemap.topo')) return 'base map';
  if (path.includes('/data/')) return 'data';
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg === 'leaflet' || pkg === 'leaflet.markercluster') return pkg;
  if (pkg && /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(pkg)) return 'Lit';
  if (pkg) return pkg;
  if (/\/src\/map\/(cluster|deferred)/.test(path)) return 'our clustering code';
  if (path.includes('/src/')) return 'our code';
  return 'other';
}

export function moduleSizes(file) {
  return {
    name: 'inspection-map-module-sizes',
    generateBundle(_options, bundle) {
      const parts = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, info] of Object.entries(chunk.modules)) {
          const part = partOf(id);
          parts[part] ??= { code: '', chunks: new Set() };
          parts[part].code += `${info.code ?? ''}\n`;
          parts[part].chunks.add(chunk.fileName);
        }
      }
      const out = Object.entries(parts).map(([part, p]) => {
        const min = minifySync(`${part}.js`, p.code, {
          compress: false,
          mangle: { toplevel: true },
        }).code;
        return {
          part,
          raw: Buffer.byteLength(min),
          gzip: gzipSync(min, { level: 9 }).length,
          brotli: brotliCompressSync(min).length,
          chunks: [...p.chunks].sort(),
        };
      });
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(out, null, 2));
    },
  };
}
