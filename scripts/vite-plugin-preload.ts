/**
 * A Vite plugin that replaces Vite's preload helper with the one line the page needs. Vite
 * wraps every `import()` of a client build in a helper (about 1.3 KiB gzipped) that adds
 * `<link rel="modulepreload">` and stylesheet links for the chunk's dependencies. The page
 * turns module preloading off (its lazy chunks import only what is already loaded) and its
 * only stylesheet loads with the HTML, so every dependency list is empty: the helper only
 * calls the import. The build fails if a lazy chunk ever brings a stylesheet of its own.
 *
 * @module
 */
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

export function plainDynamicImports(): Plugin {
  return {
    name: 'inspection-map:plain-dynamic-imports',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      if (id !== HELPER) return null;
      return 'export const __vitePreload = (load) => load();';
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes('__vite__mapDeps')) {
          throw new Error(
            `${chunk.fileName}: a lazily loaded chunk has dependencies to preload (a stylesheet?), which the plain import() of vite-plugin-preload.ts does not load`,
          );
        }
      }
    },
  };
}
