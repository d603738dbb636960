import type { PlatformId } from '@preflight/core';

/** Where the build puts the content script's campaign chunk (an extension-relative path). */
export const CAMPAIGN_CHUNK = 'content-chunks/campaign.js';

/** Where the build puts each platform's content script (an extension-relative path). */
export const contentScriptPath = (platform: PlatformId): string => `content-scripts/${platform}.js`;
