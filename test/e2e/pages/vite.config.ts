import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { cspMeta, leafletTrustedTypes } from '../../../scripts/csp.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Builds the embedding test page with the same plugins and policy as the page. */
export default defineConfig({
  root: here,
  base: './',
  plugins: [leafletTrustedTypes(), cspMeta()],
  build: {
    target: 'es2022',
    outDir: resolve(here, '../../../dist/e2e-embed'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    rollupOptions: { input: { embed: resolve(here, 'embed.html') } },
  },
});
