// The React 19, Vue 3 and Svelte 5 example apps (examples/<app>/), one at a time by mode:
// `vite build --config vite.examples.config.ts --mode react` writes dist-examples/react/.
// They import the elements by the package's name, which resolves to the built dist/ (run `npm run build` first).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const APPS = ['react', 'vue', 'svelte'];
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ mode }) => {
  if (!APPS.includes(mode)) throw new Error(`--mode must be one of ${APPS.join(', ')}, not ${mode}`);
  return {
    root: here(`examples/${mode}`),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    // React's JSX through Vite's own oxc transform: no Babel, no React plugin.
    oxc: mode === 'react' ? { jsx: { runtime: 'automatic' } } : undefined,
    plugins:
      mode === 'vue'
        ? [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cf-') } } })]
        : mode === 'svelte'
          ? [svelte()]
          : [],
    build: { outDir: here(`dist-examples/${mode}`), emptyOutDir: true, target: 'es2022' },
  };
});
