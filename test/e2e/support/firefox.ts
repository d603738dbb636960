/** The repository's Firefox finder (a plain .mjs script), typed for the tests. */
const script: string = '../../../scripts/firefox.mjs';
export const { findFirefox } = (await import(script)) as { findFirefox(): string };
