// An esbuild plugin that minifies the CSS and HTML inside Lit's css`…`, html`…` and svg`…` literals of
// the components' sources, with minify-literals (clean-css and html-minifier-terser). esbuild's own
// minifier leaves template text as written, so without this every element ships its indentation.
// Interpolations are kept as they are. A file that calls unsafeCSS keeps its CSS as written (the
// library cannot see what the call inserts), so generated CSS lives in modules without css literals.
// Before that, the module's imports from the core's entry points are pointed at the modules that
// define what it imports (build-direct-imports.mjs), so code splitting keeps each element's chunks to
// the code it uses.
import { readFile } from 'node:fs/promises';
import { minifyHTMLLiterals } from 'minify-literals';
import { directImports } from './build-direct-imports.mjs';

const COMPONENT_SOURCE = /packages\/components\/src\/.*\.ts$/;
const TEMPLATE_TAG = /\b(?:css|html|svg)`/;

/**
 * Minifies the template literals of one TypeScript module. Returns the module with an inline source
 * map back to `path` (esbuild reads it, so the bundle's map still points at the written source), or
 * undefined when nothing changed.
 */
export async function minifyTemplateLiterals(source, path) {
  if (!TEMPLATE_TAG.test(source)) return undefined;
  const result = await minifyHTMLLiterals(source, {
    fileName: path,
    // Whitespace between tags shrinks to one space but never goes: html-minifier takes unknown tags
    // (our elements) for blocks and would join `${name} <preflight-badge>` into `${name}<preflight-badge>`.
    minifyOptions: { conservativeCollapse: true },
    generateSourceMap: (ms, fileName) => ms.generateMap({ source: fileName, includeContent: true, hires: true }),
  });
  return result ? `${result.code}\n//# sourceMappingURL=${result.map.toUrl()}\n` : undefined;
}

/** The esbuild plugin: applies to the components' TypeScript sources. */
export const minifyTemplateLiteralsPlugin = {
  name: 'minify-template-literals',
  setup(build) {
    build.onLoad({ filter: COMPONENT_SOURCE }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const direct = directImports(source);
      const contents = await minifyTemplateLiterals(direct ?? source, args.path);
      if (contents === undefined && direct === undefined) return undefined;
      return { contents: contents ?? direct, loader: 'ts' };
    });
  },
};
