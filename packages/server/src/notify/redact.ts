import { createHash } from 'node:crypto';

/**
 * A URL as it may be logged: webhook URLs carry their secret in the path and query, SMTP URLs in
 * the password, so only the scheme, user and host are kept.
 */
export function redactUrl(text: string): string {
  try {
    const url = new URL(text);
    const user = url.username ? `${decodeURIComponent(url.username)}${url.password ? ':***' : ''}@` : '';
    return `${url.protocol}//${user}${url.host}${(url.pathname && url.pathname !== '/') || url.search ? '/…' : ''}`;
  } catch {
    return '(a URL that cannot be read)';
  }
}

/** The stable id a webhook goes by in the outbox and the delivery log. */
export const webhookId = (url: string) => `webhook:${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;

/** Replaces every secret URL (and its password or path, which errors may quote alone) in `text` by its redacted form. */
export function redactSecrets(text: string, urls: readonly string[]): string {
  let out = text;
  for (const raw of urls) {
    let parts: string[] = [raw];
    try {
      const url = new URL(raw);
      parts = [raw, url.href, url.password, decodeURIComponent(url.password), `${url.pathname}${url.search}`].filter((p) => p.length > 3 && p !== '/');
    } catch {
      // Redact the text as written.
    }
    for (const part of parts.sort((a, b) => b.length - a.length)) out = out.split(part).join(part === raw || part.includes('://') ? redactUrl(raw) : '***');
  }
  return out;
}
