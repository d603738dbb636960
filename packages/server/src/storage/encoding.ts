import { gunzipSync, gzipSync } from 'node:zlib';
import * as Y from 'yjs';

/**
 * A document as stored: Yjs's v2 update format, gzipped. v2 encodes runs of ids compactly, so a
 * plan edited ten thousand times stays near its fresh size; its history (which offline replicas
 * still build on) is kept, never rewritten.
 */
export const encodeDoc = (doc: Y.Doc): Uint8Array => gzipSync(Y.encodeStateAsUpdateV2(doc));

export function applyStored(doc: Y.Doc, stored: Uint8Array, origin: unknown): void {
  Y.applyUpdateV2(doc, gunzipSync(stored), origin);
}
