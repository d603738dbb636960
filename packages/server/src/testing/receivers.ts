import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** What an incoming webhook received, and how it answers the next posts. */
export interface WebhookReceiver {
  url: string;
  /** Each post as it arrived, with `performance.now()` at its arrival. */
  received: Array<{ path: string; at: number; body: { text?: string } & Record<string, unknown> }>;
  /** Statuses for the next posts, in order (then 200); `hang` never answers. */
  answers: Array<number | 'hang'>;
  close(): Promise<void>;
}

/** A local incoming-webhook endpoint on loopback, for the notification tests and the bench. */
export async function webhookReceiver(path = '/hook'): Promise<WebhookReceiver> {
  const hanging: ServerResponse[] = [];
  const receiver: WebhookReceiver = { url: '', received: [], answers: [], close: async () => undefined };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const answer = receiver.answers.shift() ?? 200;
      if (answer === 'hang') return void hanging.push(response);
      if (answer === 200) receiver.received.push({ path: request.url ?? '', at: performance.now(), body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as WebhookReceiver['received'][number]['body'] });
      response.writeHead(answer, { 'Content-Type': 'text/plain' }).end(answer === 200 ? 'ok' : 'server error');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  receiver.close = async () => {
    for (const response of hanging) response.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return receiver;
}

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The raw message, headers and MIME parts, quoted-printable decoded. */
  raw: string;
}

/** Quoted-printable undone: soft line breaks joined, `=XX` bytes decoded (as UTF-8). */
const unquote = (raw: string) => Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

/** A local SMTP server on loopback that takes mail for anyone, with a password when given one. */
export async function smtpReceiver(auth?: { user: string; pass: string }): Promise<{ url: string; received: ReceivedMail[]; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(credentials, _session, callback) {
      if (auth && credentials.username === auth.user && credentials.password === auth.pass) callback(null, { user: auth.user });
      else callback(new Error('wrong user or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: unquote(Buffer.concat(chunks).toString('utf8')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const user = auth ? `${encodeURIComponent(auth.user)}:${encodeURIComponent(auth.pass)}@` : '';
  return { url: `smtp://${user}127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
