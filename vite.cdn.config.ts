import { defineConfig } from 'vite';

// One self-contained file (lit and zod included) for a plain <script type="module">.
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    minify: true,
    lib: { entry: 'src/cdn-entry.ts', formats: ['es'], fileName: () => 'career-framework-elements.js' },
    // Lib mode keeps whitespace in ES output unless told otherwise; this file is for browsers only.
    rolldownOptions: { output: { minify: true } },
  },
});
