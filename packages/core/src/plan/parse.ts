import type * as z from 'zod/mini';
import type { ParseResult, Problem } from '../problems/problem.js';
import { problemsFromIssues } from '../problems/zod-issues.js';
import { frozenCopyOf, hasFrozenCopy, isFrozenValid, isKnownValid, rememberValid, resultIfUnchanged, sameResultAsBefore } from './known-valid.js';
import { migratePlan } from './migrations.js';
import { referenceProblems } from './references.js';
import {
  ApprovalSchema,
  BlockerSchema,
  ChecklistItemSchema,
  LogEntrySchema,
  MilestoneSchema,
  PlanSchema,
  StepSchema,
  type Plan,
} from './schema.js';
import { isObject, type JsonObject as Json } from '../json/object.js';

function prepare(input: unknown): { plan?: Json; problems: Problem[] } {
  if (!isObject(input)) {
    return { problems: [{ path: '(root)', code: 'invalid_type', message: `a plan must be a JSON object, got ${Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input}` }] };
  }
  const { plan, problems } = migratePlan(input);
  return problems.length ? { problems } : { plan, problems };
}

function finish(plan: Json, structural: Problem[]): ParseResult<Plan> {
  const problems = [...structural, ...referenceProblems(plan)];
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.path}\u0000${p.code}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.length ? { ok: false, problems: unique } : { ok: true, value: plan as Plan, problems: [] };
}

/** The plan's lists, validated record by record (known-valid records are skipped). */
const LISTS = {
  steps: StepSchema,
  blockers: BlockerSchema,
  checklist: ChecklistItemSchema,
  milestones: MilestoneSchema,
  approvals: ApprovalSchema,
  log: LogEntrySchema,
} as const;
type ListKey = keyof typeof LISTS;
const LIST_KEYS = Object.keys(LISTS) as ListKey[];
/** The order the whole-plan schema reports problems in: by field, then unknown fields at the root. */
const FIELD_ORDER = Object.keys(PlanSchema.shape);

/** The plan with its lists emptied, so the rest of it is validated on its own. */
function shellOf(plan: Json): Json {
  const shell: Json = { ...plan };
  for (const key of LIST_KEYS) if (Array.isArray(plan[key])) shell[key] = [];
  return shell;
}

/**
 * The valid plan, built record by record: a record remembered as valid (frozen, so unchanged) is
 * kept as it is, any other is validated. Undefined at the first problem: the caller then runs the
 * whole-plan schema, which reports every problem in its order.
 */
function parseValid(plan: Json, freeze: boolean): Json | undefined {
  const head = PlanSchema.safeParse(shellOf(plan), { reportInput: true });
  if (!head.success) return undefined;
  const out = head.data as Json;
  for (const key of LIST_KEYS) {
    const items: unknown = plan[key];
    if (!Array.isArray(items)) continue;
    const schema: z.ZodMiniType = LISTS[key];
    const valid = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      if (isKnownValid(item, schema)) {
        valid[i] = item;
        continue;
      }
      const copy = freeze ? frozenCopyOf(item, schema) : undefined;
      if (copy !== undefined) {
        valid[i] = copy;
        continue;
      }
      const result = schema.safeParse(item, { reportInput: true });
      if (!result.success) return undefined;
      valid[i] = freeze ? rememberValid(result.data, schema, item) : result.data;
    }
    out[key] = valid;
  }
  return out;
}

export interface ParseOptions {
  /**
   * Deep-freeze the plan's records (steps, blockers, checklist items, milestones, approvals, log
   * entries) so that parsing a later edit that still holds them skips them. The plan object, its
   * lists, campaign and brief stay writable. Stores use this for the plans they hand out. A record
   * of the input that a freezing parse validated before, unchanged since, gives the same frozen record.
   */
  freeze?: boolean;
}

/**
 * Reads any value as a plan. Never throws: returns the plan (migrated to the current version)
 * or every problem found, each with its path. Records frozen by an earlier `parsePlan(…, {freeze: true})`
 * are not validated again; the checks across records (ids, references, dates) always run.
 */
export function parsePlan(input: unknown, options: ParseOptions = {}): ParseResult<Plan> {
  try {
    const { plan, problems } = prepare(input);
    if (!plan) return { ok: false, problems };
    const again = options.freeze === true ? resultIfUnchanged(plan) : undefined;
    if (again !== undefined) return again as ParseResult<Plan>;
    const valid = parseValid(plan, options.freeze === true);
    if (valid) return options.freeze === true ? sameResultAsBefore(plan, valid, (built) => finish(built as Json, [])) : finish(valid, []);
    const result = PlanSchema.safeParse(plan, { reportInput: true });
    // The record-by-record pass found a problem, so the whole-plan schema finds it too.
    if (result.success) return finish(result.data as Json, []);
    return finish(plan, problemsFromIssues(result.error.issues));
  } catch (error) {
    // Only a hostile input (a getter that throws, a revoked proxy) can get here.
    return { ok: false, problems: [{ path: '(root)', code: 'unreadable', message: `could not be read: ${String(error)}` }] };
  }
}

/**
 * Whether a freezing parse of this plan would validate at least `atLeast` records: records that are
 * neither known valid nor the input of an earlier freezing parse. Counts, validates nothing; a caller
 * picks `parsePlanInSlices` for such a plan, `parsePlan` for any other.
 */
export function hasUnseenRecords(input: unknown, atLeast: number): boolean {
  if (!isObject(input)) return false;
  let unseen = 0;
  for (const key of LIST_KEYS) {
    const items = input[key];
    if (!Array.isArray(items)) continue;
    for (const item of items) if (!isFrozenValid(item) && !hasFrozenCopy(item) && ++unseen >= atLeast) return true;
  }
  return false;
}

export interface SliceOptions extends ParseOptions {
  /** Longest stretch of work before yielding to the page, in ms. */
  sliceMs?: number;
  /** Clock used only to decide when to yield. */
  clock?: () => number;
  /** How to yield; defaults to a macrotask. */
  yieldToHost?: () => Promise<void>;
  /** Called with every slice's duration, for measuring. */
  onSlice?: (ms: number) => void;
}

// The core knows no DOM or Node: these two host timers are read off globalThis, and only to decide when to yield.
const host = globalThis as unknown as { performance?: { now(): number }; setTimeout?: (fn: () => void, ms: number) => unknown };
const hostClock = () => host.performance?.now() ?? 0;
const defaultYield = () => new Promise<void>((resolve) => (host.setTimeout ? void host.setTimeout(resolve, 0) : resolve()));

/**
 * Validates a list in slices so a page never sees a long task. Returns the valid entries and
 * a problem for every invalid one, with its path. Records known to be valid are not checked again.
 */
export async function parseListInSlices<T>(
  items: readonly unknown[],
  schema: z.ZodMiniType<T>,
  path: string,
  options: SliceOptions = {},
): Promise<{ valid: T[]; validIndexes: number[]; problems: Problem[] }> {
  const { sliceMs = 8, clock = hostClock, yieldToHost = defaultYield, onSlice, freeze = false } = options;
  // Yield at half the budget: a record, a garbage-collection pause or a busy machine can add the other half.
  const yieldAfter = sliceMs / 2;
  const valid: T[] = [];
  const validIndexes: number[] = [];
  const problems: Problem[] = [];
  let sliceStart = clock();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const copy = isKnownValid(item, schema) ? item : freeze ? frozenCopyOf(item, schema) : undefined;
    if (copy !== undefined) {
      valid.push(copy as T);
      validIndexes.push(i);
    } else {
      const result = schema.safeParse(item, { reportInput: true });
      if (result.success) {
        valid.push(freeze ? rememberValid(result.data, schema, item) : result.data);
        validIndexes.push(i);
      } else problems.push(...problemsFromIssues(result.error.issues, [path, i]));
    }
    // Reading the clock costs far less than validating one record, so check after every one.
    const elapsed = clock() - sliceStart;
    if (elapsed >= yieldAfter && i < items.length - 1) {
      onSlice?.(elapsed);
      await yieldToHost();
      sliceStart = clock();
    }
  }
  onSlice?.(clock() - sliceStart);
  return { valid, validIndexes, problems };
}

/**
 * `parsePlan` for large plans: the same result, computed in slices of at most `sliceMs`
 * so the page stays responsive. With `freeze`, records are frozen and remembered as `parsePlan` does.
 */
export async function parsePlanInSlices(input: unknown, options: SliceOptions = {}): Promise<ParseResult<Plan>> {
  try {
    const { plan, problems } = prepare(input);
    if (!plan) return { ok: false, problems };
    const head = PlanSchema.safeParse(shellOf(plan), { reportInput: true });
    const parsed: Json = head.success ? { ...(head.data as Json) } : { ...plan };
    const listProblems = new Map<string, Problem[]>();
    for (const key of LIST_KEYS) {
      const items = plan[key];
      if (!Array.isArray(items)) continue;
      const list = await parseListInSlices(items, LISTS[key] as z.ZodMiniType<unknown>, key, options);
      if (list.problems.length) listProblems.set(key, list.problems);
      parsed[key] = list.problems.length ? items : list.valid;
    }
    // The checks across records (ids, references: some 5-15 ms for 10,000 blockers) in a task of their own, not after the last slice.
    await (options.yieldToHost ?? defaultYield)();
    const structural = inSchemaOrder(head.success ? [] : head.error.issues, listProblems);
    if (!structural.length && options.freeze === true) return sameResultAsBefore(plan, parsed, (built) => finish(built as Json, []));
    return finish(structural.length ? plan : parsed, structural);
  } catch (error) {
    return { ok: false, problems: [{ path: '(root)', code: 'unreadable', message: `could not be read: ${String(error)}` }] };
  }
}

/** Problems of the plan without its lists and of each list, in the order the whole-plan schema reports them. */
function inSchemaOrder(headIssues: readonly z.core.$ZodIssue[], listProblems: Map<string, Problem[]>): Problem[] {
  const out: Problem[] = [];
  for (const field of FIELD_ORDER) {
    out.push(...problemsFromIssues(headIssues.filter((issue) => issue.path[0] === field)));
    out.push(...(listProblems.get(field) ?? []));
  }
  out.push(...problemsFromIssues(headIssues.filter((issue) => !FIELD_ORDER.includes(issue.path[0] as string))));
  return out;
}
