import type { PlatformId } from '@preflight/core';
import type { PageRead } from './page-script.js';

/** Where the build puts each platform's page script (an extension-relative path). */
export const pageScriptPath = (platform: PlatformId): string => `content-scripts/${platform}.js`;

/** The global the page script leaves its calls under, in the content scripts' own world (pages never see it). */
export const PAGE_SCRIPT_GLOBAL = 'preflightPage';

/**
 * The page script's last statement: its value, the read the script started as it was injected,
 * answers the injection (scripting.executeScript waits for a promise a script ends with).
 */
export const PAGE_SCRIPT_ANSWER = `globalThis.${PAGE_SCRIPT_GLOBAL}?.firstRead;`;

/**
 * The read a page script's injection answered with, or undefined when it gave none to use: a
 * browser that did not wait for the promise, a script of another version, or a first read that a
 * newer call cancelled (null, which Chrome also gives for undefined). The background then asks.
 */
export function injectionAnswer(result: unknown): PageRead | undefined {
  return typeof result === 'object' && result !== null && ('shown' in result || 'error' in result) ? (result as PageRead) : undefined;
}
