import type { BuildOptions } from 'esbuild';

/** The esbuild options every shipped browser bundle shares (the drop-in, the site). */
export const common: BuildOptions;
/** The drop-in's folder, relative to the repository. */
export const DROPIN: string;
/** Analyses the elements' JSDoc into `<outdir>/custom-elements.json` (relative to packages/components) and returns its text. */
export function analyseElements(outdir?: string): string;
export function buildDropin(): Promise<void>;
export function buildEmbeddables(options?: { forTests?: boolean }): Promise<void>;
