import { gunzipSync, gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import type { Plan } from '@preflight/core';
import { readDoc } from '@preflight/core/sync';

/**
 * A document as stored: Yjs's v2 update format, gzipped. v2 encodes runs of ids compactly, so a
 * plan edited ten thousand times stays near its fresh size; its history (which offline replicas
 * still build on) is kept, never rewritten.
 */
export const encodeDoc = (doc: Y.Doc): Uint8Array => gzipSync(Y.encodeStateAsUpdateV2(doc));

export function applyStored(doc: Y.Doc, stored: Uint8Array, origin: unknown): void {
  Y.applyUpdateV2(doc, gunzipSync(stored), origin);
}

/** The plan in a stored document, or undefined when it cannot be read as one. */
export function storedPlan(stored: Uint8Array): Plan | undefined {
  const doc = new Y.Doc();
  applyStored(doc, stored, null);
  const read = readDoc(doc);
  doc.destroy();
  return read.ok ? read.plan : undefined;
}
