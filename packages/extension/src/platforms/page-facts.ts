import type { PlatformId } from '@preflight/core';
import type { PageReading } from './types.js';
import { factsAsRead } from './read.js';
import { salesforceFacts } from './salesforce/facts.js';

/**
 * The background's half of each platform's page reading (types.ts PageReading), apart from the
 * page script's half, which reads the DOM and has no place in the background.
 */
export const PAGE_FACTS: Readonly<Record<PlatformId, Pick<PageReading<unknown>, 'facts'>>> = {
  hubspot: { facts: factsAsRead },
  salesforce: { facts: salesforceFacts },
  'google-ads': { facts: factsAsRead },
  meta: { facts: factsAsRead },
  linkedin: { facts: factsAsRead },
};
