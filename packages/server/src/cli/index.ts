/**
 * The team commands of `preflight` (share, revoke, push, pull, and check --server), which the core's
 * CLI loads from here only when one is asked for. `runTeamCommand` never throws: every failure is a
 * clear line on stderr and exit 2.
 */
import { parseArgs } from 'node:util';
import { EXIT, InputError, type Io, type Values } from '@preflight/core/cli';
import { TeamError, type TeamCommand } from './common.js';
import { checkCommand } from './check.js';
import { pullCommand } from './pull.js';
import { pushCommand } from './push.js';
import { revokeCommand } from './revoke.js';
import { shareCommand } from './share.js';

const COMMANDS: Record<string, TeamCommand> = { share: shareCommand, revoke: revokeCommand, push: pushCommand, pull: pullCommand, check: checkCommand };

export const TEAM_COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/** Every usage line with its summary, in the order the core's `preflight --help` lists them. */
export const TEAM_USAGE: readonly { name: string; usage: string; summary: string }[] = Object.entries(COMMANDS).flatMap(([name, c]) => c.usage.map((u) => ({ name, ...u })));

const usageLines = (c: TeamCommand) => c.usage.map((u, i) => `${i ? '   or: ' : 'Usage: '}${u.usage}`).join('\n');

/** Runs `preflight <name> …argv` for a team command; returns the exit code. */
export async function runTeamCommand(name: string, argv: string[], io: Io): Promise<number> {
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`preflight: "${name}" is not a team command (${TEAM_COMMAND_NAMES.join(', ')})\n`);
    return EXIT.usage;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new InputError([`${name}: ${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '.')}`]);
    }
    if (parsed.values.help) {
      io.out(`${usageLines(command)}\n\n${command.usage.map((u) => u.summary).join('\n')}\n${command.details ? `\n${command.details}` : ''}`);
      return EXIT.ok;
    }
    return await command.run(parsed.positionals, parsed.values as Values, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`${error.lines.join('\n')}\n\n${usageLines(command)}\n`);
      return EXIT.usage;
    }
    if (error instanceof TeamError) {
      io.err(`preflight ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    // Not expected: still one line, no stack (PREFLIGHT_DEBUG=1 shows it).
    const message = error instanceof Error ? error.message : String(error);
    io.err(`preflight ${name}: unexpected error: ${message}\n${process.env.PREFLIGHT_DEBUG && error instanceof Error ? `${error.stack}\n` : ''}`);
    return 1;
  }
}
