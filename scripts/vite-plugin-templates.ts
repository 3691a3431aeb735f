/**
 * A Vite plugin that minifies the markup inside the product's Lit templates at build time, for
 * the page and the library: the CSS of `css` templates (through lightningcss: no comments, no
 * indentation) and the HTML of `html` and `svg` templates (whitespace collapsed to one space,
 * never removed, so the text reads the same; comments dropped), with
 * `@lit-labs/rollup-plugin-minify-html-literals`. Without it the templates ship as written,
 * indentation and comments included. A template it cannot parse fails the build.
 *
 * @module
 */
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import type { Plugin } from 'vite';

export function minifiedTemplates(): Plugin {
  // A Rollup plugin: Vite runs its transform hook as it is (only the context's types differ).
  const plugin = minifyHtmlLiterals({
    include: ['**/src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true } },
  }) as unknown as Plugin;
  return { ...plugin, name: 'inspection-map:minified-templates', apply: 'build' };
}
