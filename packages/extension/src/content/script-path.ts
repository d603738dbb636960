import type { PlatformId } from '@preflight/core';

/** Where the build puts each platform's page script (an extension-relative path). */
export const pageScriptPath = (platform: PlatformId): string => `content-scripts/${platform}.js`;

/** The global the page script leaves its calls under, in the content scripts' own world (pages never see it). */
export const PAGE_SCRIPT_GLOBAL = 'preflightPage';

/**
 * The page script's last statement: its value, the read the script started as it was injected,
 * answers the injection (scripting.executeScript waits for a promise a script ends with).
 */
export const PAGE_SCRIPT_ANSWER = `globalThis.${PAGE_SCRIPT_GLOBAL}?.firstRead;`;
