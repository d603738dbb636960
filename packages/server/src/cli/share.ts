import { EXIT, InputError, type Io, type Values } from '@preflight/core/cli';
import { Tokens, parseDuration, type Role } from '../auth/tokens.js';
import { isPlanId } from '../plans/ids.js';
import { help, onePositional, signingSecret, str, TeamError, type TeamCommand } from './common.js';

const ROLE_WORD: Record<Role, string> = { editor: 'Editor', viewer: 'Viewer', admin: 'Admin' };

/** `--expires`: a count and a unit, as the server's share links take it. */
export function expiresIn(flag: string | undefined): number {
  if (flag === undefined) return 30 * 86_400;
  const seconds = parseDuration(flag);
  if (seconds === undefined) throw new InputError([`--expires: "${flag}" must be a number and a unit, s (seconds), m (minutes), h (hours) or d (days): 1s, 15m, 12h, 30d`]);
  if (seconds < 1) throw new InputError([`--expires: "${flag}" must be at least 1s`]);
  return seconds;
}

async function share(positionals: string[], values: Values, io: Io): Promise<number> {
  const plan = onePositional('share', positionals, 'the plan id', "preflight share webinar-2026-09-15 --role editor (or '*' with --role admin)");
  const role = values.role;
  if (role === undefined) throw new InputError(['share: --role is required: editor or viewer (or admin, with the plan id *)']);
  if (role !== 'editor' && role !== 'viewer' && role !== 'admin') throw new InputError([`share: --role: "${role}" must be editor, viewer or admin`]);
  if (role === 'admin' && plan !== '*') throw new InputError([`share: an admin token covers every plan: give * as the plan id (quoted, '*', in a shell), not "${plan}"`]);
  if (role !== 'admin' && plan === '*') throw new InputError([`share: * (every plan) is for --role admin; an ${role} link names one plan`]);
  if (plan !== '*' && !isPlanId(plan)) throw new InputError([`share: "${plan}" is not a plan id (letters, digits and _ . : -, starting with a letter or digit, at most 80)`]);
  const seconds = expiresIn(values.expires);
  const name = values.name?.trim();
  if (values.name !== undefined && !name) throw new InputError(['share: --name must not be empty']);
  if (name && name.length > 80) throw new InputError(['share: --name must be at most 80 characters']);
  const secret = signingSecret('share', values.data, io, true);
  let signed;
  try {
    signed = await new Tokens(secret).sign({ plan, role, expiresInSeconds: seconds, ...(name ? { name } : {}) });
  } catch (error) {
    throw new TeamError(`cannot sign the token: ${(error as Error).message}`);
  }
  const { token, grant } = signed;
  const until = new Date(grant.expiresAt * 1000).toISOString();
  const what = role === 'admin' ? 'Admin token for every plan' : `${ROLE_WORD[role]} link for plan ${plan}`;
  io.out(`${what}, valid until ${until}, token id ${grant.id}\n${token}\n`);
  return EXIT.ok;
}

export const shareCommand: TeamCommand = {
  usage: [
    {
      usage: 'preflight share <plan-id> --role editor|viewer [--expires 30d] [--name NAME] [--data DIR]',
      summary: "Sign a share token for a team plan with the server's secret; the token is printed alone on the last line.",
    },
    {
      usage: "preflight share '*' --role admin [--expires 30d] [--name NAME] [--data DIR]",
      summary: 'Sign a team admin token: every plan, and revocation.',
    },
  ],
  details: `The token is signed with PREFLIGHT_SECRET, else the secret in --data DIR (default .preflight-data,
the server's default; made there when missing, as the server does). --expires is a count and a unit:
1s, 15m, 12h or 30d (default 30d). --name is the holder's name others see and the history records.
Anyone holding the token can use it until it expires or is revoked (preflight revoke <token-id>).
`,
  options: { role: str, expires: str, name: str, data: str, help },
  run: share,
};
