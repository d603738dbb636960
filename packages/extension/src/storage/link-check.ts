import type { PlanLink } from './items.js';
import { parseShareLink } from '../team/share-link.js';

/** A saved link as it must be to be used; null for anything else (storage is input). */
export function checkLink(raw: unknown): PlanLink | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const link = raw as Record<string, unknown>;
  if (link.kind === 'local') return typeof link.planId === 'string' && link.planId ? { kind: 'local', planId: link.planId } : null;
  if (link.kind !== 'team' || typeof link.url !== 'string' || typeof link.planId !== 'string' || typeof link.token !== 'string') return null;
  // Read as a share link again: the same rules as when it was pasted, except expiry (checked at
  // the start of time, so never), which the team server decides and the link's state then shows.
  const read = parseShareLink(`sync=${encodeURIComponent(link.url)}&plan=${encodeURIComponent(link.planId)}&token=${encodeURIComponent(link.token)}`, -Infinity);
  return read.ok ? { kind: 'team', ...read.link } : null;
}
