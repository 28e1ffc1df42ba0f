import { cpSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig } from 'vite';

// One self-contained file (lit and zod included) for a plain <script type="module">.
export default defineConfig({
  // The sample frameworks go beside the bundle, so the README's embed example works as pasted.
  plugins: [
    {
      // The minifier leaves template literals alone; these hold most of our CSS and markup whitespace.
      name: 'minify-lit-templates',
      async transform(code, id) {
        if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
        return (await minifyHTMLLiterals(code, { fileName: id })) ?? null;
      },
    },
    {
      name: 'copy-sample-frameworks',
      // Frameworks only: the sample assessments are for tests and stories.
      closeBundle: () =>
        cpSync('tests/fixtures', 'dist/cdn/frameworks', { recursive: true, filter: (path) => !path.endsWith('.ts') && !path.includes('assessments') }),
    },
  ],
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    minify: 'terser',
    sourcemap: process.env.CDN_SOURCEMAP === '1',
    terserOptions: { ecma: 2020, module: true, compress: { passes: 3 } },
    lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'career-framework-elements.js' },
  },
});
