import type { IncomingMessage, Server } from 'node:http';

export interface RouteAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** Serves `root` on `host:port` (port 0 picks a free one); `routes` answer extra paths first. */
export function serveStatic(
  root: string,
  options?: { port?: number; host?: string; routes?: (url: URL, req: IncomingMessage) => RouteAnswer | undefined },
): Promise<{ server: Server; url: string; port: number }>;
