import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import { IMPORTER_FILE, importerFromFile, elementsFromTheirPages } from './scripts/cdn-importer.mjs';
import { dropPureMarks, minifyTemplates, TERSER } from './scripts/minify-templates.mjs';

// One file per element (with <cf-framework>), sharing chunks, for pages that use one or two: a
// page downloads only what it shows. Run after the all-in-one build, which empties dist/cdn.
const entries = Object.fromEntries(readdirSync('src/cdn').map((file) => [file.replace(/\.ts$/, ''), `src/cdn/${file}`]));

export default defineConfig({
  // Shared code lands in chunks/, two levels below the importer in dist/cdn.
  plugins: [minifyTemplates(), dropPureMarks(), importerFromFile(`../../${IMPORTER_FILE}`), elementsFromTheirPages()],
  build: {
    target: 'es2022',
    outDir: 'dist/cdn/elements',
    emptyOutDir: true,
    minify: 'terser',
    terserOptions: TERSER,
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Each chunk a page loads costs it a gzip stream and an import of its own: a small module most
        // pages share (idList, the descriptors, the table styles) is cheaper in the chunk every page
        // loads than alone. parseAssessments too: five pages read assessments, and its 0.3 KB there
        // costs the ladder and the profile less than a chunk of its own costs the five.
        codeSplitting: { groups: [{ name: 'framework-element', minShareCount: 5 }] },
      },
    },
  },
});
