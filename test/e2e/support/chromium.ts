/** The repository's Chromium finder (a plain .mjs script), typed for the tests. */
const script: string = '../../../scripts/chromium.mjs';
export const { findChromium, CHROMIUM_FLAGS } = (await import(script)) as { findChromium(): string; CHROMIUM_FLAGS: string[] };
