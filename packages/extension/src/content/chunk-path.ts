import type { PlatformId } from '@preflight/core';

/** Where the build puts each platform's campaign chunk (an extension-relative path). */
export const campaignChunkPath = (platform: PlatformId): string => `content-chunks/${platform}.js`;

/** The global the campaign chunk leaves its exports under, in the content scripts' own world (pages never see it). */
export const CAMPAIGN_CHUNK_GLOBAL = 'preflightCampaignChunk';

/** The function, in that world, the chunk calls once it has run (so the page is read in the same task). */
export const CHUNK_ARRIVED = 'preflightCampaignChunkArrived';

/** Where the build puts each platform's content script (an extension-relative path). */
export const contentScriptPath = (platform: PlatformId): string => `content-scripts/${platform}.js`;
