import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';

// One ESM file per source module, so `./elements/<name>` and `./core` load only what they use.
const elements = readdirSync('src/elements').map((name) => `src/elements/${name}/define.ts`);

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: ['src/index.ts', 'src/define.ts', 'src/importer.ts', 'src/core/index.ts', 'src/core/io/index.ts', 'src/i18n/index.ts', 'src/i18n/import-report.ts', 'src/cli.ts', ...elements],
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, /^papaparse$/, /^parse5(\/|$)/, /^node:/],
      // Constants stay imported, not inlined: an inlined module would stay behind as a bare `import "./x.js"`,
      // which a host's bundler then warns it ignores (package.json's `sideEffects` marks it pure).
      optimization: { inlineConst: false },
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
