import type { Plugin } from 'esbuild';

/** Minifies one static piece of CSS text (between interpolations). */
export function minifyCssText(text: string): string;
/** Rewrites every css`…` literal in a module's source. */
export function minifyCssLiterals(source: string): string;
export const minifyCssLiteralsPlugin: Plugin;
