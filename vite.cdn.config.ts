import { cpSync } from 'node:fs';
import { defineConfig } from 'vite';
import { IMPORTER_FILE, importerFromFile, staticLazyModules } from './scripts/cdn-importer.mjs';
import { dropPureMarks, minifyTemplates, TERSER } from './scripts/minify-templates.mjs';

// One self-contained file (lit and zod included) for a plain <script type="module">: every element.
export default defineConfig({
  plugins: [
    minifyTemplates(),
    dropPureMarks(),
    importerFromFile(`./${IMPORTER_FILE}`),
    // One file has nothing to load later: what the per-element build loads on first use is imported.
    staticLazyModules(),
    {
      // The sample frameworks go beside the bundle, so the README's embed example works as pasted.
      name: 'copy-sample-frameworks',
      // Frameworks only: the sample assessments and the files to import are for tests and stories.
      closeBundle: () =>
        cpSync('tests/fixtures', 'dist/cdn/frameworks', { recursive: true, filter: (path) => !path.endsWith('.ts') && !path.includes('assessments') && !path.includes('/import') }),
    },
  ],
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    minify: 'terser',
    sourcemap: process.env.CDN_SOURCEMAP === '1',
    terserOptions: TERSER,
    lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'career-framework-elements.js' },
  },
});
