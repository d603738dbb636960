import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:tls';
import { FixtureServer } from './support/https-server.js';

const server = new FixtureServer();
before(async () => {
  server.add({ url: 'https://app.hubspot.com/marketing/1/campaigns', html: '<p>campaigns</p>' });
  await server.start();
});
after(() => server.stop());

/** Sends raw request text (so malformed requests reach the server as written) and returns the status line. */
function rawRequest(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: server.port, rejectUnauthorized: false, servername: 'app.hubspot.com' }, () => socket.end(text));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

const get = (path: string, host = 'app.hubspot.com') => rawRequest(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

test('the fixture server answers bad paths and hosts with an error status and keeps serving', async () => {
  assert.equal(await get('/marketing/1/campaigns'), 'HTTP/1.1 200 OK');
  const bad: [string, string | undefined, RegExp][] = [
    ['/nothing/here', undefined, /^HTTP\/1\.1 404/],
    ['/%zz/%', undefined, /^HTTP\/1\.1 404/],
    ['/../../etc/passwd', undefined, /^HTTP\/1\.1 404/],
    ['/marketing/1/campaigns', 'bad host name', /^HTTP\/1\.1 400/],
    ['/marketing/1/campaigns', '[::1', /^HTTP\/1\.1 400/],
    ['http://[broken/', undefined, /^HTTP\/1\.1 400/],
    [`/${'a'.repeat(4000)}`, undefined, /^HTTP\/1\.1 404/],
  ];
  for (const [path, host, status] of bad) assert.match(await get(path, host), status, `${path} on ${host ?? 'app.hubspot.com'}`);
  // A request line that is no HTTP at all is refused by the parser, not by a crash.
  assert.match(await rawRequest('NOT HTTP AT ALL\r\n\r\n'), /^HTTP\/1\.1 400/);
  assert.equal(await get('/marketing/1/campaigns'), 'HTTP/1.1 200 OK');
});

test('a client that is not speaking TLS costs its own connection only', async () => {
  const { connect: plain } = await import('node:net');
  await new Promise<void>((resolve) => {
    const socket = plain(server.port, '127.0.0.1', () => socket.end('GET / HTTP/1.1\r\n\r\n'));
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
  });
  assert.equal(await get('/marketing/1/campaigns'), 'HTTP/1.1 200 OK');
});

test('stopping twice, or before starting, is harmless', async () => {
  const idle = new FixtureServer();
  await idle.stop();
  await idle.start();
  await idle.stop();
  await idle.stop();
});
