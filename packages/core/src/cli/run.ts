import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TEMPLATES } from '../templates/catalog.js';
import { agendaCommand, check, escalationsCommand, metricsCommand, newPlan, type Values } from './commands.js';
import { EXIT, InputError, type Io } from './io.js';
import { platformCommand } from './platform.js';
import { TEMPLATE_DIR, templateCommand } from './templates.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const str = { type: 'string' } as const;
const help = { type: 'boolean', short: 'h' } as const;

interface Command {
  usage: string;
  summary: string;
  options: Options;
  run(positionals: string[], values: Values, io: Io): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  check: {
    usage: 'preflight check <plan.json>... [--now ISO] [--config file] [--format text|json]',
    summary: 'Judge each plan: state, score and findings. Exit 3 if a plan is blocked.',
    options: { now: str, config: str, format: str, help },
    run: check,
  },
  new: {
    usage: `preflight new <${TEMPLATES.map((t) => t.type).join('|')}>|--template <id> --name <name> --launch <YYYY-MM-DD> [--id id] [--owner role] [--dir DIR]`,
    summary: 'Print a new plan from a built-in template or a saved team template, dated relative to the launch.',
    options: { name: str, launch: str, id: str, owner: str, template: str, dir: str, help },
    run: newPlan,
  },
  platform: {
    usage: 'preflight platform <facts.json> [--plan plan.json] [--now ISO] [--config file] [--format text|json]',
    summary: 'Check a platform campaign’s facts (as the extension reads them), against its linked plan when given. Exit 3 if blocked.',
    options: { plan: str, now: str, config: str, format: str, help },
    run: platformCommand,
  },
  template: {
    usage: 'preflight template save <plan.json> --id <id> [--title TITLE] [--dir DIR] | preflight template list [--dir DIR] [--format text|json]',
    summary: `Save a plan as a team template (RACI, gates, days from launch) in DIR (default ${TEMPLATE_DIR}), or list the templates.`,
    options: { id: str, title: str, dir: str, format: str, help },
    run: templateCommand,
  },
  agenda: {
    usage: 'preflight agenda <plan.json>... [--date YYYY-MM-DD] [--config file] [--format text|json]',
    summary: 'The Monday/Wednesday/Thursday/Friday meeting agenda for a date: done, blocked, changed, next, and what that meeting is for.',
    options: { date: str, config: str, format: str, help },
    run: agendaCommand,
  },
  metrics: {
    usage: 'preflight metrics <plan.json>... [--now ISO] [--config file] [--format text|json|csv]',
    summary: 'The team’s figures across the plans: brief to launch and review cycle time (median, p90), milestones on time, execution, blockers per sprint and their resolution, rework, the most active killer, by sprint and by plan.',
    options: { now: str, config: str, format: str, help },
    run: metricsCommand,
  },
  escalations: {
    usage: 'preflight escalations <plan.json>... [--now ISO] [--config file] [--format text|json]',
    summary: 'Who is notified or escalated to about overdue reviews and blockers, and corrective actions.',
    options: { now: str, config: str, format: str, help },
    run: escalationsCommand,
  },
};

/**
 * The team commands, for the help: they live in the team server's package (@preflight/server/cli),
 * loaded only when one runs, which keeps the same usage lines (a test holds the two together).
 */
export const TEAM_USAGE: readonly { name: string; usage: string; summary: string }[] = [
  {
    name: 'share',
    usage: 'preflight share <plan-id> --role editor|viewer [--expires 30d] [--name NAME] [--data DIR]',
    summary: "Sign a share token for a team plan with the server's secret; the token is printed alone on the last line.",
  },
  {
    name: 'share',
    usage: "preflight share '*' --role admin [--expires 30d] [--name NAME] [--data DIR]",
    summary: 'Sign a team admin token: every plan, and revocation.',
  },
  {
    name: 'revoke',
    usage: 'preflight revoke <token-id> [--server URL] [--data DIR]',
    summary: 'Make the team server refuse a share token from now on (its id is printed by share).',
  },
  {
    name: 'push',
    usage: 'preflight push <plan.json> --server URL --token TOKEN',
    summary: 'Check a plan file, then create or replace the team plan with its id.',
  },
  {
    name: 'pull',
    usage: 'preflight pull <plan-id> --server URL --token TOKEN',
    summary: 'Print the live team plan as JSON.',
  },
  {
    name: 'check',
    usage: 'preflight check <plan-id>... --server URL --token TOKEN [--now ISO] [--config file] [--format text|json]',
    summary: 'Judge live team plans as check judges files. Exit 3 if a plan is blocked.',
  },
];

const TEAM_COMMANDS = new Set(TEAM_USAGE.map((c) => c.name));

export const HELP = `preflight: campaign readiness from the command line

Usage:
${Object.values(COMMANDS).map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n')}

With a team server (@preflight/server):
${TEAM_USAGE.map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n')}

--now defaults to the current time and --date to today in the config's timeZone (UTC when unset).
share and revoke sign with PREFLIGHT_SECRET, else the secret in --data DIR (default .preflight-data, as
the server); --expires takes seconds, minutes, hours or days: 1s, 15m, 12h, 30d. --server takes the
server's http(s) or ws(s) address (revoke's default http://127.0.0.1:1234); PREFLIGHT_TOKEN may stand
for --token.
Exit codes: 0 fine, 2 unreadable or invalid input or usage, or the team server refused, 3 a plan is blocked.
`;

/** `check` reads a team server when --server is given, before any `--` that ends the options. */
function namesServer(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--server' || arg.startsWith('--server=')) return true;
  }
  return false;
}

/** Runs a team command from @preflight/server/cli; a clear line when that package cannot be loaded. */
async function runTeam(name: string, argv: readonly string[], io: Io): Promise<number> {
  let team: { runTeamCommand(name: string, argv: string[], io: Io): Promise<number> };
  try {
    team = await import('@preflight/server/cli');
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    io.err(`preflight ${name}: the team commands need the team server's package, @preflight/server, which cannot be loaded (${reason}). Install it beside @preflight/core: npm install @preflight/server\n`);
    return EXIT.usage;
  }
  return team.runTeamCommand(name, [...argv], io);
}

const commandHelp = (name: string, c: Command) => {
  const team = TEAM_USAGE.filter((t) => t.name === name);
  return `Usage: ${c.usage}\n\n${c.summary}\n${team.map((t) => `\nWith a team server: ${t.usage}\n${t.summary}\n`).join('')}`;
};

/** Runs one command line; returns the exit code. Never throws for bad input. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out)(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if ((TEAM_COMMANDS.has(name) && name !== 'check') || (name === 'check' && namesServer(rest))) return runTeam(name, rest, io);
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`preflight: unknown command "${name}". Commands: ${[...new Set([...Object.keys(COMMANDS), ...TEAM_COMMANDS])].join(', ')}. See preflight --help.\n`);
    return EXIT.usage;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new InputError([`${name}: ${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '.')}`]);
    }
    if (parsed.values.help) {
      io.out(commandHelp(name, command));
      return EXIT.ok;
    }
    return await command.run(parsed.positionals, parsed.values as Values, io);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(`${error.lines.join('\n')}\n\nUsage: ${command.usage}\n`);
    return EXIT.usage;
  }
}
