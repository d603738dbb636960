import { browser } from './lazy-browser.js';

/** A file of the extension by its URL (WXT types `getURL` only for files it has generated types for). */
export function extensionUrl(path: string): string {
  return (browser.runtime as unknown as { getURL(path: string): string }).getURL(path);
}
