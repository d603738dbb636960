import type { PlatformId } from '@preflight/core';
import type { PageReading } from './types.js';
import { hubspotFacts } from './hubspot/facts.js';
import { salesforceFacts } from './salesforce/facts.js';
import { googleAdsFacts } from './google-ads/facts.js';
import { metaFacts } from './meta/facts.js';
import { linkedinFacts } from './linkedin/facts.js';

/**
 * The background's half of each platform's page reading (types.ts PageReading), apart from the
 * page script's half, which reads the DOM and has no place in the background.
 */
export const PAGE_FACTS: Readonly<Record<PlatformId, Pick<PageReading<unknown>, 'facts'>>> = {
  hubspot: { facts: hubspotFacts },
  salesforce: { facts: salesforceFacts },
  'google-ads': { facts: googleAdsFacts },
  meta: { facts: metaFacts },
  linkedin: { facts: linkedinFacts },
};
