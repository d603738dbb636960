import type * as z from 'zod/mini';
import type { ParseResult, Problem } from '../problems/problem.js';
import { problemsFromIssues } from '../problems/zod-issues.js';
import { migratePlan } from './migrations.js';
import { referenceProblems } from './references.js';
import {
  ApprovalSchema,
  BlockerSchema,
  ChecklistItemSchema,
  MilestoneSchema,
  PlanSchema,
  StepSchema,
  type Plan,
} from './schema.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

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

/**
 * Reads any value as a plan. Never throws: returns the plan (migrated to the current version)
 * or every problem found, each with its path.
 */
export function parsePlan(input: unknown): ParseResult<Plan> {
  try {
    const { plan, problems } = prepare(input);
    if (!plan) return { ok: false, problems };
    const result = PlanSchema.safeParse(plan);
    if (result.success) return finish(result.data as Json, []);
    return finish(plan, problemsFromIssues(result.error.issues));
  } catch (error) {
    // Only a hostile input (a getter that throws, a revoked proxy) can get here.
    return { ok: false, problems: [{ path: '(root)', code: 'unreadable', message: `could not be read: ${String(error)}` }] };
  }
}

const LISTS = {
  steps: StepSchema,
  blockers: BlockerSchema,
  checklist: ChecklistItemSchema,
  milestones: MilestoneSchema,
  approvals: ApprovalSchema,
} as const;

export interface SliceOptions {
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
 * a problem for every invalid one, with its path.
 */
export async function parseListInSlices<T>(
  items: readonly unknown[],
  schema: z.ZodMiniType<T>,
  path: string,
  options: SliceOptions = {},
): Promise<{ valid: T[]; validIndexes: number[]; problems: Problem[] }> {
  const { sliceMs = 8, clock = hostClock, yieldToHost = defaultYield, onSlice } = options;
  const valid: T[] = [];
  const validIndexes: number[] = [];
  const problems: Problem[] = [];
  let sliceStart = clock();
  for (let i = 0; i < items.length; i++) {
    const result = schema.safeParse(items[i]);
    if (result.success) {
      valid.push(result.data);
      validIndexes.push(i);
    } else problems.push(...problemsFromIssues(result.error.issues, [path, i]));
    // Check the clock every few items: reading it costs more than validating a small record.
    if ((i & 15) === 15 && clock() - sliceStart >= sliceMs * 0.75) {
      onSlice?.(clock() - sliceStart);
      await yieldToHost();
      sliceStart = clock();
    }
  }
  onSlice?.(clock() - sliceStart);
  return { valid, validIndexes, problems };
}

/**
 * `parsePlan` for large plans: the same result, computed in slices of at most `sliceMs`
 * so the page stays responsive.
 */
export async function parsePlanInSlices(input: unknown, options: SliceOptions = {}): Promise<ParseResult<Plan>> {
  try {
    const { plan, problems } = prepare(input);
    if (!plan) return { ok: false, problems };
    const shell: Json = { ...plan };
    for (const key of Object.keys(LISTS)) if (Array.isArray(plan[key])) shell[key] = [];
    const structural: Problem[] = [];
    const head = PlanSchema.safeParse(shell);
    if (!head.success) structural.push(...problemsFromIssues(head.error.issues));
    const parsed: Json = head.success ? { ...(head.data as Json) } : { ...plan };
    for (const [key, schema] of Object.entries(LISTS)) {
      const items = plan[key];
      if (!Array.isArray(items)) continue;
      const { valid, problems: listProblems } = await parseListInSlices(items, schema as z.ZodMiniType<unknown>, key, options);
      structural.push(...listProblems);
      parsed[key] = listProblems.length ? items : valid;
    }
    // Keep the same problem order as parsePlan: by path position in the document.
    return finish(structural.length ? plan : parsed, structural);
  } catch (error) {
    return { ok: false, problems: [{ path: '(root)', code: 'unreadable', message: `could not be read: ${String(error)}` }] };
  }
}
