import { readFile } from 'node:fs/promises';
import { parseConfig } from '../config/parse.js';
import type { RulesConfig } from '../config/schema.js';
import { parsePlan } from '../plan/parse.js';
import type { Plan } from '../plan/schema.js';
import { isIsoDate, isIsoDateTime } from '../time/iso-dates.js';

/** What a command reads from and writes to; the process supplies it, tests may too. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The current instant, ISO 8601: only the CLI reads the clock, and passes it in. */
  clock(): string;
}

/** Exit codes: 0 fine, 2 bad usage or input, 3 a plan is blocked. */
export const EXIT = { ok: 0, usage: 2, blocked: 3 } as const;

/** A problem with the command line or an input file, printed as `where: message`. */
export class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export async function readJson(file: string): Promise<{ data?: unknown; error?: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: `${file}: cannot read file${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': is a directory' : `: ${(error as Error).message}`}` };
  }
  try {
    return { data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { error: `${file}:(root): is not valid JSON: ${(error as Error).message}` };
  }
}

export interface LoadedPlan {
  file: string;
  plan: Plan;
}

/** Reads every plan file; returns the valid plans and a line for every problem in the others. */
export async function loadPlans(files: readonly string[]): Promise<{ plans: LoadedPlan[]; problems: string[] }> {
  const plans: LoadedPlan[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const { data, error } = await readJson(file);
    if (error) {
      problems.push(error);
      continue;
    }
    const result = parsePlan(data);
    if (result.ok) plans.push({ file, plan: result.value });
    else problems.push(...result.problems.map((p) => `${file}:${p.path}: ${p.message}`));
  }
  return { plans, problems };
}

export async function loadConfig(file: string | undefined): Promise<RulesConfig> {
  if (file === undefined) {
    const result = parseConfig(undefined);
    if (result.ok) return result.value;
  }
  const { data, error } = await readJson(file!);
  if (error) throw new InputError([error]);
  const result = parseConfig(data);
  if (!result.ok) throw new InputError(result.problems.map((p) => `${file}:${p.path}: ${p.message}`));
  return result.value;
}

export function checkNow(value: string | undefined, io: Io): string {
  if (value === undefined) return io.clock();
  if (!isIsoDateTime(value)) throw new InputError([`--now: "${value}" must be an ISO 8601 date-time with a time zone, e.g. 2026-09-01T09:00:00Z`]);
  return value;
}

export function checkDate(flag: string, value: string | undefined): string {
  if (value === undefined) throw new InputError([`${flag} is required (a date written YYYY-MM-DD)`]);
  if (!isIsoDate(value)) throw new InputError([`${flag}: "${value}" must be a calendar date written YYYY-MM-DD`]);
  return value;
}

export function checkFormat(value: string | undefined): 'text' | 'json';
export function checkFormat<F extends string>(value: string | undefined, formats: readonly F[]): F;
/** The `--format` asked for, text by default; `formats` lists those the command offers. */
export function checkFormat(value: string | undefined, formats: readonly string[] = ['text', 'json']): string {
  if (value === undefined) return 'text';
  if (formats.includes(value)) return value;
  throw new InputError([`--format: "${value}" must be ${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}`]);
}

export function requireFiles(files: readonly string[], command: string): void {
  if (!files.length) throw new InputError([`${command}: give at least one plan file, e.g. preflight ${command} plan.json`]);
}

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
