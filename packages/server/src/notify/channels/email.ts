import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { Message } from '../outbox.js';

/** Email over SMTP (`smtp://` with STARTTLS when offered, `smtps://` for TLS from the start), plain text and HTML. */
export class EmailChannel {
  /** nodemailer loads only on a server that sends email. */
  private readonly transport: Promise<Transporter>;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly timeoutMs: number,
  ) {
    const options: SMTPTransport.Options = { url: smtpUrl, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs, dnsTimeout: timeoutMs };
    this.transport = import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(options));
  }

  async send(to: string, message: Message): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    // nodemailer's own timeouts cover each socket step; this covers the whole exchange.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the SMTP server did not finish within ${this.timeoutMs} ms`)), this.timeoutMs * 3);
    });
    try {
      await Promise.race([(await this.transport).sendMail({ from: this.from, to, subject: message.subject, text: message.text, html: message.html }), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    void this.transport.then((transport) => transport.close());
  }
}
