import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Answers every request under a URL: a stand-in for an API host. */
export type Responder = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A page the server answers with, by its full URL (the hash is the browser's business); or, with
 * `respond`, everything on the URL's host under its path (its `html` unused).
 */
export interface ServedPage {
  url: string;
  html: string;
  respond?: Responder;
}

/** A throwaway self-signed certificate; the browser runs with --ignore-certificate-errors. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=preflight-fixtures', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const keyOf = (url: URL) => `${url.host}${url.pathname}${url.search}`;

/** Serves fixture pages on 127.0.0.1 under whatever host name the browser asks for. */
export class FixtureServer {
  private readonly pages = new Map<string, string>();
  private readonly responders: { host: string; path: string; respond: Responder }[] = [];
  private server: Server | undefined;
  port = 0;

  add(page: ServedPage): void {
    if (page.respond) {
      const { host, pathname } = new URL(page.url);
      this.responders.push({ host, path: pathname, respond: page.respond });
      return;
    }
    const key = keyOf(new URL(page.url));
    if (!this.pages.has(key)) this.pages.set(key, page.html);
  }

  async start(): Promise<void> {
    this.server = createServer(selfSignedCertificate(), (req, res) => {
      const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
      let url: URL;
      try {
        url = new URL(req.url ?? '/', `https://${req.headers.host ?? '127.0.0.1'}`);
      } catch {
        // A host or path that is no URL: answered, never thrown (a throw here would end the test process).
        res.writeHead(400, headers).end('<!doctype html><title>Bad request</title><p>Bad request</p>');
        return;
      }
      const responder = this.responders.find((r) => r.host === url.host && url.pathname.startsWith(r.path));
      if (responder) {
        responder.respond(req, res);
        return;
      }
      const html = this.pages.get(keyOf(url));
      res.writeHead(html === undefined ? 404 : 200, headers);
      res.end(html ?? '<!doctype html><title>Not found</title><p>Not found</p>');
    });
    // A client that drops the connection or speaks no TLS costs its own socket only.
    this.server.on('tlsClientError', (_error, socket) => socket.destroy());
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Safe to call twice, or before start. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server?.listening) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
