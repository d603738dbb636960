import { sendMessage } from '../messaging/protocol.js';
import { CAMPAIGN_CHUNK_GLOBAL, CHUNK_ARRIVED } from './chunk-path.js';
import type { PlatformId } from '@preflight/core';
import type * as Chunk from './chunk.js';
import type { ReadFacts } from './read-facts.js';

/** A platform's campaign chunk: the shared panel and pushes, and that platform's page reading. */
export type CampaignChunk = typeof Chunk & { readFacts: ReadFacts };

/** The content scripts' world: the chunk's exports and its arrival call live there, out of the page's sight. */
const world = globalThis as { [CAMPAIGN_CHUNK_GLOBAL]?: CampaignChunk; [CHUNK_ARRIVED]?: () => void };

let loading: Promise<CampaignChunk> | undefined;

/**
 * Loads this platform's campaign chunk once per page; a failed load is tried again on the next campaign. The
 * background injects it into this frame's content-script world: a script evaluated there costs the
 * page's main thread one task, where importing it from an extension URL cost four more (the fetch's
 * start, redirect and response, then the module), and no page can fetch the file to learn that the
 * extension is installed. The chunk calls back as its evaluation ends, so the page is read in that
 * task rather than in one more for the background's answer, which only tells of a failure.
 */
export function loadCampaignChunk(platform: PlatformId): Promise<CampaignChunk> {
  loading ??= new Promise<CampaignChunk>((resolve, reject) => {
    const arrived = () => {
      delete world[CHUNK_ARRIVED];
      const chunk = world[CAMPAIGN_CHUNK_GLOBAL];
      if (chunk) resolve(chunk);
      else reject(new Error('the campaign chunk ran but left nothing behind'));
    };
    if (world[CAMPAIGN_CHUNK_GLOBAL]) return arrived();
    world[CHUNK_ARRIVED] = arrived;
    sendMessage('load-chunk', { platform }).then(
      () => world[CHUNK_ARRIVED] && reject(new Error('the campaign chunk was injected but did not run')),
      (error: unknown) => {
        delete world[CHUNK_ARRIVED];
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
