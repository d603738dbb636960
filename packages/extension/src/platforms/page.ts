import type { PlatformId } from '@preflight/core';
import type { Detection } from './types.js';

/** A page on the platform's app that shows no campaign. */
export function otherPage(platform: PlatformId): Detection {
  return { platform, kind: 'other', campaignKeys: [], ids: {} };
}

/** The non-empty path segments, decoded; a trailing slash does not count. */
export function pathSegments(path: string): string[] {
  return path.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

/** A numeric platform id, kept as written. */
export const DIGITS = /^\d{1,30}$/;
