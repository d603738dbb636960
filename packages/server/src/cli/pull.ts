import { EXIT, InputError, json, type Io, type Values } from '@preflight/core/cli';
import { isPlanId } from '../plans/ids.js';
import { call, help, onePositional, requireToken, serverBase, str, type TeamCommand } from './common.js';

/** A plan id from the command line, checked before anything is sent. */
export function planId(command: string, text: string): string {
  if (!isPlanId(text)) throw new InputError([`${command}: "${text}" is not a plan id (letters, digits and _ . : -, starting with a letter or digit, at most 80)`]);
  return text;
}

async function pull(positionals: string[], values: Values, io: Io): Promise<number> {
  const id = planId('pull', onePositional('pull', positionals, 'the plan id', 'preflight pull webinar-2026-09-15 --server http://127.0.0.1:1234 --token …'));
  const base = serverBase(values.server);
  const token = requireToken('pull', values);
  const { json: plan } = await call<unknown>(base, 'GET', `/plans/${encodeURIComponent(id)}`, token);
  io.out(json(plan));
  return EXIT.ok;
}

export const pullCommand: TeamCommand = {
  usage: [
    {
      usage: 'preflight pull <plan-id> --server URL --token TOKEN',
      summary: 'Print the live team plan as JSON.',
    },
  ],
  details: `Any token for the plan will do, a viewer's too. --token may be left out when PREFLIGHT_TOKEN holds it.
`,
  options: { server: str, token: str, help },
  run: pull,
};
