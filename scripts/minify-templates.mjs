// A Vite plugin for the CDN builds: minifies the HTML and CSS in Lit template literals, which the
// JavaScript minifier leaves alone (they hold most of our markup and style whitespace). Whitespace at
// a template's very start or end is removed: html` (${x})` ships as html`(${x})`. Put such a space in
// a string or inside an element instead.
import { minifyHTMLLiterals } from 'minify-literals';

export function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    async transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      return (await minifyHTMLLiterals(code, { fileName: id })) ?? null;
    },
  };
}

/** Terser settings shared by the CDN builds. */
export const TERSER = { ecma: 2020, module: true, compress: { passes: 3 } };
