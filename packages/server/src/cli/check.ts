import { existsSync } from 'node:fs';
import { parseConfig, parsePlan } from '@preflight/core';
import { InputError, judgeOptions, printReadiness, type Io, type LoadedPlan, type Values } from '@preflight/core/cli';
import { call, help, requireToken, serverBase, str, type TeamCommand } from './common.js';
import { planId } from './pull.js';

async function checkTeam(positionals: string[], values: Values, io: Io): Promise<number> {
  if (!positionals.length) throw new InputError(['check: give at least one plan id, e.g. preflight check webinar-2026-09-15 --server http://127.0.0.1:1234 --token …']);
  const file = positionals.find((id) => id.endsWith('.json') && existsSync(id));
  if (file) throw new InputError([`check: with --server, check takes plan ids, not files ("${file}"): preflight push ${file} sends a file to the team server`]);
  const ids = positionals.map((id) => planId('check', id));
  const base = serverBase(values.server);
  const token = requireToken('check', values);
  // --now, --format and --config are checked before the server is asked anything.
  const options = await judgeOptions(values, io);
  // Without --config, the team's own rules (the server's --config) judge the plans.
  if (values.config === undefined) {
    const { json } = await call<{ rules: unknown }>(base, 'GET', '/config', token);
    const rules = parseConfig(json.rules ?? undefined);
    if (!rules.ok) throw new InputError([`check: the team server's rules are not valid here: ${rules.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`]);
    options.config = rules.value;
  }
  const plans: LoadedPlan[] = [];
  const problems: string[] = [];
  for (const id of ids) {
    const { json } = await call<unknown>(base, 'GET', `/plans/${encodeURIComponent(id)}`, token);
    // Where the plan came from stands where a file name stands for `check` on files.
    const file = `${base}/plans/${id}`;
    const parsed = parsePlan(json);
    if (parsed.ok) plans.push({ file, plan: parsed.value });
    else problems.push(...parsed.problems.map((p) => `${file}:${p.path}: ${p.message}`));
  }
  return printReadiness(plans, problems, options, io);
}

export const checkCommand: TeamCommand = {
  usage: [
    {
      usage: 'preflight check <plan-id>... --server URL --token TOKEN [--now ISO] [--config file] [--format text|json]',
      summary: 'Judge live team plans as check judges files. Exit 3 if a plan is blocked.',
    },
  ],
  details: `The output is check's, each plan named by its address on the server. Without --config the plans are
judged by the team's rules (the server's --config). Several plan ids need a token
covering each (an admin token). --token may be left out when PREFLIGHT_TOKEN holds it.
`,
  options: { server: str, token: str, now: str, config: str, format: str, help },
  run: checkTeam,
};
