import { defineConfig } from 'vite';
import { IMPORTER_FILE } from './scripts/cdn-importer.mjs';
import { dropPureMarks, TERSER } from './scripts/minify-templates.mjs';

// The importer that <cf-framework format> loads on demand, as one self-contained file beside the CDN
// bundles: papaparse, parse5, the importers and their messages. Run after the all-in-one build.
export default defineConfig({
  plugins: [dropPureMarks()],
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: false,
    minify: 'terser',
    terserOptions: TERSER,
    lib: { entry: 'src/elements/framework/framework-import.ts', formats: ['es'], fileName: () => IMPORTER_FILE },
  },
});
