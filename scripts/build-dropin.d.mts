/** Analyses the elements' JSDoc into `<outdir>/custom-elements.json` (relative to packages/components) and returns its text. */
export function analyseElements(outdir?: string): string;
export function buildDropin(): Promise<void>;
export function buildEmbeddables(options?: { forTests?: boolean }): Promise<void>;
