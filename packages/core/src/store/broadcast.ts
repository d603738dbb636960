import type { StoreChange } from './types.js';

export interface Channel {
  post(change: StoreChange): void;
  close(): void;
}

const TYPES = new Set(['put', 'delete', 'import', 'clear']);

function isChange(data: unknown): data is StoreChange {
  return typeof data === 'object' && data !== null && TYPES.has((data as StoreChange).type);
}

/**
 * Tells the other tabs of this origin what was saved. Undefined where BroadcastChannel is missing:
 * the store still works, other tabs just learn of changes on their next read.
 */
export function openChannel(name: string, onRemote: (change: StoreChange) => void): Channel | undefined {
  if (typeof BroadcastChannel !== 'function') return undefined;
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(`preflight-store:${name}`);
  } catch {
    return undefined;
  }
  channel.onmessage = (event: MessageEvent) => {
    if (isChange(event.data)) onRemote({ ...event.data, origin: 'remote' });
  };
  return {
    post(change) {
      try {
        channel.postMessage({ ...change, origin: 'local' });
      } catch {
        // A closed channel: nothing to tell.
      }
    },
    close: () => channel.close(),
  };
}
