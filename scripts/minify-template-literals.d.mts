import type { Plugin } from 'esbuild';

/** Minifies the css, html and svg literals of a TypeScript module; undefined when nothing changed. */
export function minifyTemplateLiterals(source: string, path: string): Promise<string | undefined>;
export const minifyTemplateLiteralsPlugin: Plugin;
