/** Where the build puts the content script's campaign chunk (an extension-relative path). */
export const CAMPAIGN_CHUNK = 'content-chunks/campaign.js';
