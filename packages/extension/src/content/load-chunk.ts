import { extensionUrl } from '../runtime/extension-url.js';
import { CAMPAIGN_CHUNK } from './chunk-path.js';
import type * as Chunk from './chunk.js';

export type CampaignChunk = typeof Chunk;

let loading: Promise<CampaignChunk> | undefined;

/** Loads the campaign chunk once per page; a failed load is tried again on the next campaign. */
export function loadCampaignChunk(): Promise<CampaignChunk> {
  const url = extensionUrl(`/${CAMPAIGN_CHUNK}`);
  loading ??= (import(/* @vite-ignore */ url) as Promise<CampaignChunk>).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
