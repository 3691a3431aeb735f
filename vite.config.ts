import { defineConfig } from 'vite';
import { leafletForEmbedding } from './build/leaflet.js';
import { pageData } from './scripts/vite-plugin-page-data.js';

export default defineConfig({
  plugins: [leafletForEmbedding(), pageData()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', outDir: 'dist', assetsInlineLimit: 0 },
});
