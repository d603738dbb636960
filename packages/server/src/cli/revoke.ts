import { decodeJwt } from 'jose';
import { EXIT, InputError, type Io, type Values } from '@preflight/core/cli';
import { Tokens } from '../auth/tokens.js';
import { call, DEFAULT_SERVER, help, onePositional, serverBase, signingSecret, str, TeamError, type TeamCommand } from './common.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id of a token pasted where its id was wanted, if it is one. */
function idInToken(text: string): string | undefined {
  try {
    const { jti } = decodeJwt(text);
    return typeof jti === 'string' ? jti : undefined;
  } catch {
    return undefined;
  }
}

async function revoke(positionals: string[], values: Values, io: Io): Promise<number> {
  const id = onePositional('revoke', positionals, 'the token id that preflight share printed', 'preflight revoke 3f2c9a4e-…');
  if (!UUID.test(id)) {
    const inToken = idInToken(id);
    throw new InputError([inToken ? `revoke: that is a token; give its id instead: preflight revoke ${inToken}` : `revoke: "${id}" is not a token id (preflight share prints it: "token id 3f2c9a4e-…")`]);
  }
  const base = serverBase(values.server ?? DEFAULT_SERVER);
  const secret = signingSecret('revoke', values.data, io, false);
  // A short-lived admin token signed with the server's secret: whoever holds the secret runs the team.
  let admin: string;
  try {
    admin = (await new Tokens(secret).sign({ plan: '*', role: 'admin', name: 'preflight revoke', expiresInSeconds: 300 })).token;
  } catch (error) {
    throw new TeamError(`cannot sign the admin token: ${(error as Error).message}`);
  }
  await call(base, 'POST', '/tokens/revoke', admin, { id });
  io.out(`Revoked token ${id}: ${base} refuses it from now on and drops its live connections.\n`);
  return EXIT.ok;
}

export const revokeCommand: TeamCommand = {
  usage: [
    {
      usage: 'preflight revoke <token-id> [--server URL] [--data DIR]',
      summary: 'Make the team server refuse a share token from now on (its id is printed by share).',
    },
  ],
  details: `Signs a short-lived admin token with PREFLIGHT_SECRET, else the secret in --data DIR (default
.preflight-data), and asks the server (default ${DEFAULT_SERVER}) to revoke the token.
`,
  options: { server: str, data: str, help },
  run: revoke,
};
