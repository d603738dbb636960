import { it } from 'node:test';
import { createServer, type Socket } from 'node:net';
import { connect } from './clients.js';
// A server that takes the connection and never answers holds the client in its handshake.
it('a test client closed while its socket is still connecting ends without an error', async () => {
  const held: Socket[] = [];
  const tcp = createServer((s) => held.push(s));
  await new Promise<void>((r) => tcp.listen(0, '127.0.0.1', r));
  const port = (tcp.address() as { port: number }).port;
  const c = connect(`ws://127.0.0.1:${port}`, 'p', 't');
  await new Promise((r) => setTimeout(r, 50));
  c.close();
  await new Promise((r) => setTimeout(r, 100));
  for (const s of held) s.destroy();
  tcp.close();
});
