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

/**
 * A query parameter's value as written in a URL, by string search: the first `name=` of the query,
 * up to the next `&` or the fragment; undefined when absent. For page scripts, to which a first
 * `new URL` costs the host page's thread a millisecond or more; the background uses URL.
 */
export function queryParam(url: string, name: string): string | undefined {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const start = beforeHash.indexOf('?');
  if (start < 0) return undefined;
  for (const pair of beforeHash.slice(start + 1).split('&')) if (pair.startsWith(`${name}=`)) return pair.slice(name.length + 1);
  return undefined;
}
