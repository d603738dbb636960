/**
 * A plan carried in a URL: JSON, deflate-raw compressed (CompressionStream, built into browsers)
 * and base64url encoded, so a read-only snapshot can be shared as a link with no server.
 */

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Encodes any JSON value (a plan) for the `data` hash parameter. */
export async function encodeSnapshot(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

export type SnapshotResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Decodes a `data` parameter. Never throws: a cut or altered link gives a message instead. */
export async function decodeSnapshot(data: string): Promise<SnapshotResult> {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(data);
  } catch {
    return { ok: false, message: 'is not base64url text' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('deflate-raw')));
  } catch {
    return { ok: false, message: 'cannot be decompressed: the link was probably cut short or altered' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: 'does not hold JSON' };
  }
}
