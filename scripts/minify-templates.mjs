// A Vite plugin for the CDN builds: minifies the HTML and CSS in Lit template literals, which the
// JavaScript minifier leaves alone (they hold most of our markup and style whitespace). Whitespace at
// a template's very start or end is removed: html` (${x})` ships as html`(${x})`. Put such a space in
// a string or inside an element instead. A plain attribute value loses its quotes (`part=base`); one with
// a space or a binding inside keeps them, and Lit reads both alike.
import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'terser';

export function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    async transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      return (await minifyHTMLLiterals(code, { fileName: id, html: { removeAttributeQuotes: true } })) ?? null;
    },
  };
}

/** Terser settings shared by the CDN builds. */
export const TERSER = { ecma: 2020, module: true, safari10: false, compress: { passes: 3 } };

/**
 * Vite keeps the `@__PURE__` marks in a library's ES output, for a bundler that imports it later. A
 * CDN file is run as it is, so the marks are bytes for nothing: the code is printed again without them
 * (not when a source map is asked for, which would no longer match).
 */
export function dropPureMarks() {
  return {
    name: 'drop-pure-marks',
    async generateBundle(options, bundle) {
      if (options.sourcemap) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes('__PURE__')) continue;
        chunk.code = (await minify(chunk.code, { ...TERSER, compress: false, mangle: false })).code;
      }
    },
  };
}
