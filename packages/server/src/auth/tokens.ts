import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, jwtVerify, errors } from 'jose';

export type Role = 'editor' | 'viewer' | 'admin';
export const ROLES: readonly Role[] = ['editor', 'viewer', 'admin'];

/** What a token grants: one plan (or every plan, `*`, for an admin), a role, until when, to whom. */
export interface Grant {
  /** The token's id, for revocation. */
  id: string;
  plan: string;
  role: Role;
  /** Who holds it: the name shown to others and written in the history. */
  name: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

const ISSUER = 'preflight';
const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `1s`, `15m`, `12h`, `30d` in seconds; undefined for anything else. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d{1,6})([smhd])$/.exec(text.trim());
  return match ? Number(match[1]) * UNITS[match[2]!]! : undefined;
}

/**
 * The signing secret: PREFLIGHT_SECRET when set, else one generated on first use into the data
 * folder, so tokens stay valid across restarts of a one-laptop server.
 */
export function loadSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.PREFLIGHT_SECRET) return env.PREFLIGHT_SECRET;
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export class Tokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    if (secret.length < 16) throw new Error('the signing secret must be at least 16 characters');
    this.key = new TextEncoder().encode(secret);
  }

  async sign(options: { plan: string; role: Role; name?: string; expiresInSeconds: number; now?: number }): Promise<{ token: string; grant: Grant }> {
    const now = Math.floor((options.now ?? Date.now()) / 1000);
    const id = randomUUID();
    const name = options.name?.trim() || `${options.role === 'viewer' ? 'Viewer' : options.role === 'admin' ? 'Admin' : 'Editor'} ${id.slice(0, 4)}`;
    const expiresAt = now + options.expiresInSeconds;
    const token = await new SignJWT({ plan: options.plan, role: options.role, name })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject(name)
      .setJti(id)
      .setIssuedAt(now)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, grant: { id, plan: options.plan, role: options.role, name, expiresAt } };
  }

  /** The grant in a token, or a reason a person can act on. */
  async verify(token: string, now = Date.now()): Promise<{ ok: true; grant: Grant } | { ok: false; reason: string }> {
    if (!token) return { ok: false, reason: 'no token was given' };
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'], currentDate: new Date(now) });
      const { plan, role, name, jti, exp } = payload as Record<string, unknown>;
      if (typeof plan !== 'string' || typeof jti !== 'string' || typeof exp !== 'number' || !ROLES.includes(role as Role)) {
        return { ok: false, reason: 'the token is not a Preflight share token' };
      }
      return { ok: true, grant: { id: jti, plan, role: role as Role, name: typeof name === 'string' ? name : 'someone', expiresAt: exp } };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'the token has expired' };
      if (error instanceof errors.JWSSignatureVerificationFailed) return { ok: false, reason: 'the token was not signed by this server' };
      return { ok: false, reason: 'the token is malformed' };
    }
  }
}

/** Whether a grant covers a plan, and may write it. */
export const covers = (grant: Grant, plan: string) => grant.plan === '*' || grant.plan === plan;
export const canWrite = (grant: Grant) => grant.role !== 'viewer';
