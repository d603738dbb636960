import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TEMPLATES } from '../templates/catalog.js';
import { agendaCommand, check, escalationsCommand, newPlan, type Values } from './commands.js';
import { EXIT, InputError, type Io } from './io.js';

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
    usage: `preflight new <${TEMPLATES.map((t) => t.type).join('|')}> --name <name> --launch <YYYY-MM-DD> [--id id] [--owner role]`,
    summary: 'Print a new plan from a template, dated relative to the launch.',
    options: { name: str, launch: str, id: str, owner: str, help },
    run: newPlan,
  },
  agenda: {
    usage: 'preflight agenda <plan.json>... [--date YYYY-MM-DD] [--config file] [--format text|json]',
    summary: 'The Monday/Wednesday/Friday meeting agenda for a date: done, blocked, changed, next.',
    options: { date: str, config: str, format: str, help },
    run: agendaCommand,
  },
  escalations: {
    usage: 'preflight escalations <plan.json>... [--now ISO] [--config file] [--format text|json]',
    summary: 'Who is notified or escalated to about overdue reviews and blockers, and corrective actions.',
    options: { now: str, config: str, format: str, help },
    run: escalationsCommand,
  },
};

export const HELP = `preflight: campaign readiness from the command line

Usage:
${Object.values(COMMANDS).map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n')}

--now defaults to the current time and --date to today in the config's timeZone (UTC when unset).
Exit codes: 0 fine, 2 unreadable or invalid input or usage, 3 a plan is blocked.
`;

const commandHelp = (name: string, c: Command) => `Usage: ${c.usage}\n\n${c.summary}\n`;

/** Runs one command line; returns the exit code. Never throws for bad input. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out)(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`preflight: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. See preflight --help.\n`);
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
