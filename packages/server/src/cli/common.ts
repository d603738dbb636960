import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { InputError, type Io, type Values } from '@preflight/core/cli';
import { loadSecret } from '../auth/tokens.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** One of the team commands `preflight` runs from this package. */
export interface TeamCommand {
  /** Its usage lines, each with a one-line summary (the core's help lists the same). */
  usage: readonly { usage: string; summary: string }[];
  /** More for `preflight <command> --help`. */
  details?: string;
  options: Options;
  run(positionals: string[], values: Values, io: Io): Promise<number>;
}

export const str = { type: 'string' } as const;
export const help = { type: 'boolean', short: 'h' } as const;

/** The server's defaults, so `preflight share` and `preflight-server` agree without flags. */
export const DEFAULT_DATA_DIR = '.preflight-data';
export const DEFAULT_SERVER = 'http://127.0.0.1:1234';
const TIMEOUT_SECONDS = 30;

/** A failure that is not the command line's: the server refused, or could not be reached. One line, no usage. */
export class TeamError extends Error {}

/** The one positional a command takes; a usage error when it is missing or followed by more. */
export function onePositional(command: string, positionals: string[], what: string, example: string): string {
  const [first, ...extra] = positionals;
  if (first === undefined || first === '') throw new InputError([`${command}: give ${what}, e.g. ${example}`]);
  if (extra.length) throw new InputError([`${command}: unexpected argument "${extra[0]}"`]);
  return first;
}

/**
 * The server's HTTP address from `--server`: http(s) as given, ws(s) (what share links carry) mapped
 * to http(s); a path is kept (a server behind a proxy at /preflight), a trailing slash is not.
 */
export function serverBase(flag: string | undefined): string {
  const example = 'e.g. http://127.0.0.1:1234 or wss://preflight.example.com';
  if (flag === undefined || flag.trim() === '') throw new InputError([`--server is required: the team server's address, ${example}`]);
  let url: URL;
  try {
    url = new URL(flag.trim());
  } catch {
    throw new InputError([`--server: "${flag}" is not a URL; give the team server's address, ${example}`]);
  }
  const protocol = { 'http:': 'http:', 'https:': 'https:', 'ws:': 'http:', 'wss:': 'https:' }[url.protocol];
  if (!protocol) throw new InputError([`--server: "${flag}" must be an http, https, ws or wss URL, ${example}`]);
  if (url.username || url.password) throw new InputError([`--server: "${flag}" must not hold a user name or password; the token is the credential`]);
  const path = url.pathname.replace(/\/+$/, '');
  return `${protocol}//${url.host}${path}`;
}

/** The share token from `--token`, else PREFLIGHT_TOKEN (which keeps it out of the shell's history). */
export function requireToken(command: string, values: Values): string {
  const token = (values.token ?? process.env.PREFLIGHT_TOKEN ?? '').trim();
  if (!token) throw new InputError([`${command}: --token is required: a share token from preflight share (or set PREFLIGHT_TOKEN)`]);
  if (/\s/.test(token)) throw new InputError([`${command}: --token: a token is one word with no spaces; copy the last line preflight share printed`]);
  return token;
}

/**
 * The signing secret, as the server finds it: PREFLIGHT_SECRET, else `<data>/secret`. `create` makes
 * one there when there is none (as the server does on first start) and says so.
 */
export function signingSecret(command: string, dataFlag: string | undefined, io: Io, create: boolean): string {
  const dataDir = resolve(dataFlag ?? DEFAULT_DATA_DIR);
  const file = join(dataDir, 'secret');
  const fromEnv = Boolean(process.env.PREFLIGHT_SECRET);
  const made = !fromEnv && !existsSync(file);
  if (made && !create) throw new TeamError(`no signing secret: set PREFLIGHT_SECRET, or give --data the team server's data folder (there is no secret in ${dataDir})`);
  let secret: string;
  try {
    secret = loadSecret(dataDir);
  } catch (error) {
    throw new TeamError(`cannot ${made ? 'make' : 'read'} the signing secret in ${dataDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (made) io.err(`preflight ${command}: there was no secret in ${dataDir}; made one. Start the server with --data ${dataDir} (or set PREFLIGHT_SECRET for both) so it accepts this token.\n`);
  if (secret.length < 16) throw new TeamError(`the signing secret (${fromEnv ? 'PREFLIGHT_SECRET' : file}) must be at least 16 characters`);
  return secret;
}

/** Why fetch could not reach the server, in a few words. */
function unreachable(base: string, error: unknown): TeamError {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  const code = err.cause?.code;
  const why =
    err.name === 'TimeoutError'
      ? `no answer within ${TIMEOUT_SECONDS} seconds`
      : code === 'ECONNREFUSED'
        ? 'connection refused'
        : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
          ? 'no such host'
          : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
            ? 'the connection was closed'
            : code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT'
              ? 'the connection timed out'
              : err.cause?.message === 'bad port'
                ? 'that port is one fetch refuses to use; run the server on another port'
                : (err.cause?.message ?? err.message);
  return new TeamError(`cannot reach the team server at ${base}: ${why}`);
}

/**
 * One call to the server's HTTP API. Returns the status and JSON of a success; a refusal becomes a
 * TeamError carrying the server's own `error` text (and its problems' paths, for an invalid plan).
 */
export async function call<T>(base: string, method: string, path: string, token: string, body?: unknown): Promise<{ status: number; json: T }> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(TIMEOUT_SECONDS * 1000),
    });
    text = await response.text();
  } catch (error) {
    throw unreachable(base, error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new TeamError(`${base} answered ${response.status} ${response.statusText} with something other than JSON: is it a Preflight team server?`);
  }
  if (response.ok) return { status: response.status, json: json as T };
  const answer = (json ?? {}) as { error?: unknown; problems?: unknown };
  const message = typeof answer.error === 'string' ? answer.error : `${response.status} ${response.statusText}`;
  if (response.status === 401) throw new TeamError(`the team server refused the token: ${message}`);
  if (response.status === 403) throw new TeamError(`the team server refused: ${message}`);
  if (response.status === 404 || response.status === 400) throw new TeamError(message);
  if (response.status === 422 && Array.isArray(answer.problems)) {
    const problems = (answer.problems as { path?: unknown; message?: unknown }[]).map((p) => `  ${String(p.path)}: ${String(p.message)}`);
    throw new TeamError(`the team server refused the plan: ${message}\n${problems.join('\n')}`);
  }
  throw new TeamError(`the team server answered ${response.status}: ${message}`);
}
