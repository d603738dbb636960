/** What a share token says about its holder, read without verifying it (the server verifies). */
export interface TokenClaims {
  name?: string;
  role?: string;
  plan?: string;
}

/**
 * Reads the claims of a team server's share token (a JWT) so the element knows, before the server
 * answers, who this is and whether it may edit. Anything else (an opaque token) gives no claims.
 */
export function readTokenClaims(token: string): TokenClaims {
  const body = token.split('.')[1];
  if (!body) return {};
  try {
    const base64 = body.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof payload !== 'object' || payload === null) return {};
    const claims: TokenClaims = {};
    for (const key of ['name', 'role', 'plan'] as const) {
      const value = (payload as Record<string, unknown>)[key];
      if (typeof value === 'string' && value) claims[key] = value;
    }
    return claims;
  } catch {
    return {};
  }
}

/** A short, stable tag for a token (FNV-1a), so each token keeps its own offline copy without the token itself being stored as a name. */
export function tokenTag(token: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
