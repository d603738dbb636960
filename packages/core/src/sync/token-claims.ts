/**
 * What a team server's share token (a JWT) says about itself, read WITHOUT verifying its
 * signature (only the server can): for showing who a link is for and whether it may edit before
 * the server answers, never for deciding what its holder may do.
 */
export interface TokenClaims {
  plan?: string;
  role?: string;
  name?: string;
  /** When the token stops working (ISO), from its `exp`. */
  expiresAt?: string;
}

/** A JWT: three base64url parts joined by dots. */
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url to UTF-8 text; throws on bytes that are not UTF-8. The core has no atob or TextDecoder. */
function decodeBase64Url(text: string): string {
  let bits = 0;
  let value = 0;
  let binary = '';
  for (const char of text) {
    value = (value << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      binary += String.fromCharCode((value >> bits) & 0xff);
    }
  }
  return decodeURIComponent(escape(binary));
}

/** The token's claims, or null when it is not a JWT whose payload is a JSON object. */
export function readTokenClaims(token: string): TokenClaims | null {
  if (!JWT.test(token)) return null;
  try {
    const payload: unknown = JSON.parse(decodeBase64Url(token.split('.')[1]!));
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
    const record = payload as Record<string, unknown>;
    const claims: TokenClaims = {};
    for (const key of ['plan', 'role', 'name'] as const) {
      const value = record[key];
      if (typeof value === 'string' && value) claims[key] = value.slice(0, 200);
    }
    const exp = record.exp;
    if (typeof exp === 'number' && Number.isFinite(exp) && Math.abs(exp) < 1e11) claims.expiresAt = new Date(exp * 1000).toISOString();
    return claims;
  } catch {
    return null;
  }
}

/** A short, stable tag for a token (FNV-1a), so each token keeps its own offline copy without the token itself naming it. */
export function tokenTag(token: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
