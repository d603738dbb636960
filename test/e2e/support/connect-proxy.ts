import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/**
 * An HTTP proxy on 127.0.0.1 that tunnels HTTPS for the given host names to a local port and refuses
 * every other request: Firefox has no --host-resolver-rules, so its proxy settings point here and
 * the page's URL stays exactly `https://app.hubspot.com/...`. Nothing else is reachable.
 */
export class ConnectProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  /** Every `host:port` a tunnel was asked for, in order, refused or not. */
  readonly asked: string[] = [];
  port = 0;

  constructor(
    private readonly hosts: ReadonlySet<string>,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    // Plain-HTTP requests (http:// URLs) are refused like any host not on the list.
    this.server = createServer((_req, res) => res.writeHead(502).end());
    this.server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => this.tunnel(req.url ?? '', client, head));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  private tunnel(target: string, client: Socket, head: Buffer): void {
    this.asked.push(target);
    this.track(client);
    const [host, port] = target.split(':');
    if (port !== '443' || !this.hosts.has(host ?? '')) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = this.track(connect(this.targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    }));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    return socket;
  }

  /** Safe to call twice, or before start. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    // Tunnels are no longer the HTTP server's connections: they are ended here.
    for (const socket of this.sockets) socket.destroy();
    if (!server?.listening) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
