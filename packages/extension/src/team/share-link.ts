/**
 * A team plan's share link, as the workspace and the team server hand it out: the embed link
 * (`https://host/embed.html#widget=blocker-log&sync=wss%3A%2F%2F…&plan=ID&token=T`) or its
 * `sync=…&plan=…&token=…` part pasted alone. Pure: the options page checks a pasted link with it,
 * and the background checks a saved one again (storage is input).
 */
import { isId } from '@preflight/core/schema';
import { readTokenClaims, tokenTag, type TokenClaims } from '@preflight/core/sync';

export { readTokenClaims, tokenTag, type TokenClaims } from '@preflight/core/sync';

/** Where a team plan lives and the token to open it with. */
export interface TeamLink {
  /** The team server's WebSocket URL, without a trailing slash. */
  url: string;
  planId: string;
  token: string;
}

export type ShareLinkResult = { ok: true; link: TeamLink; claims: TokenClaims } | { ok: false; message: string };

/** Plain ws: only to this machine: a token must never cross a network in the clear. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const ROLES = new Set(['editor', 'viewer', 'admin']);

/** The parameters of a share link: after the `#` of a full link, or the text itself when it is the bare form. */
function paramsOf(text: string): URLSearchParams {
  const hash = text.indexOf('#');
  if (hash >= 0) return new URLSearchParams(text.slice(hash + 1));
  if (/^[a-z]+:\/\//i.test(text)) {
    // A full link without a hash: its query, if any (never the address itself).
    const query = text.indexOf('?');
    return new URLSearchParams(query >= 0 ? text.slice(query + 1) : '');
  }
  return new URLSearchParams(text.replace(/^[?#]/, ''));
}

const refuse = (message: string): ShareLinkResult => ({ ok: false, message: `Share link: ${message}` });

/**
 * Reads a pasted share link. `now` (ms) decides whether the token has expired. Every refusal is
 * one sentence a person can act on, starting with "Share link:".
 */
export function parseShareLink(input: string, now: number): ShareLinkResult {
  const text = input.trim();
  if (!text) return refuse('paste the team plan’s share link (it holds sync=…, plan=… and token=…)');
  if (text.length > 8192) return refuse('it is too long to be a share link');
  const params = paramsOf(text);
  for (const name of ['sync', 'plan', 'token']) {
    if (params.getAll(name).length > 1) return refuse(`${name} is given more than once; copy the link again`);
  }
  const sync = params.get('sync');
  const planId = params.get('plan');
  const token = params.get('token');
  if (sync === null) return refuse('it has no sync=… (the team server’s wss:// address); copy the whole link from the team plan');
  let url: URL;
  try {
    url = new URL(sync);
  } catch {
    return refuse(`sync “${sync.slice(0, 80)}” is not an address; it must be the team server’s wss:// URL`);
  }
  if (url.protocol === 'ws:' && !LOOPBACK.has(url.hostname)) return refuse(`sync must be a wss:// address (ws:// is only allowed to this machine, got ${url.host})`);
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:') return refuse(`sync must be a wss:// address (got ${url.protocol})`);
  if (url.username || url.password) return refuse('sync must not hold a user name or password');
  if (planId === null) return refuse('it has no plan=… (the team plan’s id)');
  if (!isId(planId)) return refuse('plan must be a plan id: a letter or digit, then letters, digits, _ . : - (at most 80)');
  if (token === null || !token) return refuse('it has no token=… (the share token the team server gave)');
  const claims = readTokenClaims(token);
  if (!claims) return refuse('the token is not a share token from a team server; it looks cut or altered');
  if (!claims.role || !ROLES.has(claims.role)) return refuse('the token names no role (editor, viewer or admin); it is not a Preflight share token');
  if (claims.plan && claims.plan !== '*' && claims.plan !== planId) return refuse(`the token is for plan “${claims.plan}”, not “${planId}”`);
  if (!claims.expiresAt) return refuse('the token has no expiry; it is not a Preflight share token');
  if (Date.parse(claims.expiresAt) <= now) return refuse(`the token expired on ${claims.expiresAt.slice(0, 16).replace('T', ' ')} UTC; ask for a new link`);
  return { ok: true, link: { url: url.href.replace(/\/$/, ''), planId, token }, claims };
}

/** One key per server, plan and token: the background holds one connection for each. */
export const teamLinkKey = (link: TeamLink): string => `${link.url} ${link.planId} ${tokenTag(link.token)}`;
