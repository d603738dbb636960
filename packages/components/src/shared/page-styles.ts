import { controlStyles } from './tokens.js';
import { tokenDeclarations } from './token-values.js';

/**
 * A stylesheet for a page that hosts the elements (the workspace, the embed page, an intranet page): the
 * elements' tokens on `:root`, read through the same `--_…` aliases, and their controls. The page follows
 * `data-theme="light|dark"` on `<html>`, or the system's scheme without it; a page that sets a
 * `--preflight-…` token on `:root` restyles itself and the elements alike.
 */
export function pageStyles(): string {
  const { base, light, dark } = tokenDeclarations;
  return [
    `:root{${base}${light}color-scheme:light}`,
    `:root[data-theme='dark']{${dark}color-scheme:dark}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${dark}color-scheme:dark}}`,
    controlStyles.cssText,
  ].join('\n');
}
