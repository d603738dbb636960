import { EXIT, loadPlans, reportBadInput, type Io, type Values } from '@preflight/core/cli';
import { call, help, onePositional, requireToken, serverBase, str, type TeamCommand } from './common.js';

async function push(positionals: string[], values: Values, io: Io): Promise<number> {
  const file = onePositional('push', positionals, 'the plan file', 'preflight push plan.json --server http://127.0.0.1:1234 --token …');
  const base = serverBase(values.server);
  const token = requireToken('push', values);
  // The file is read and checked as `check` reads it: nothing is sent when it is not a valid plan.
  const { plans, problems } = await loadPlans([file]);
  if (problems.length || !plans[0]) {
    reportBadInput(problems, io);
    return EXIT.usage;
  }
  const { plan } = plans[0];
  const { status } = await call(base, 'PUT', `/plans/${encodeURIComponent(plan.id)}`, token, plan);
  io.out(`${status === 201 ? 'Created' : 'Replaced'} team plan ${plan.id} on ${base}\n`);
  return EXIT.ok;
}

export const pushCommand: TeamCommand = {
  usage: [
    {
      usage: 'preflight push <plan.json> --server URL --token TOKEN',
      summary: 'Check a plan file, then create or replace the team plan with its id.',
    },
  ],
  details: `Needs an editor or admin token for the plan's id. Everyone editing the plan live sees the change.
--token may be left out when PREFLIGHT_TOKEN holds it.
`,
  options: { server: str, token: str, help },
  run: push,
};
