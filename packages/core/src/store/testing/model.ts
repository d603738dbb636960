/**
 * A model of the store (a Map) and commands to run against both, for property tests that run
 * in node against the memory store and in Chromium against IndexedDB.
 */
import fc from 'fast-check';
import { exportPlans } from '../../exchange/json.js';
import { makePlan } from '../../testing/factories.js';
import { ConflictError } from '../errors.js';
import type { PlanStore } from '../types.js';

type Entry = { variant: number; revision: number };
export type Command =
  | { kind: 'put'; id: string; variant: number; stale: boolean }
  | { kind: 'delete'; id: string; stale: boolean }
  | { kind: 'import'; entries: { id: string; variant: number }[]; bad: boolean; acceptPartial: boolean };

const ids = fc.constantFrom('p-1', 'p-2', 'p-3', 'p-4');
const variant = fc.integer({ min: 0, max: 3 });

export const commands: fc.Arbitrary<Command[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('put' as const), id: ids, variant, stale: fc.boolean() }),
    fc.record({ kind: fc.constant('delete' as const), id: ids, stale: fc.boolean() }),
    fc.record({ kind: fc.constant('import' as const), entries: fc.array(fc.record({ id: ids, variant }), { maxLength: 4 }), bad: fc.boolean(), acceptPartial: fc.boolean() }),
  ),
  { maxLength: 25 },
);

const planOf = (id: string, v: number) => makePlan({ id, brief: { ...makePlan().brief, offer: `offer ${v}` } });

function fail(message: string): never {
  throw new Error(message);
}

async function expectConflict(promise: Promise<unknown>, what: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ConflictError)) fail(`${what}: expected a ConflictError, got ${String(error)}`);
}

async function apply(store: PlanStore, model: Map<string, Entry>, c: Command): Promise<void> {
  if (c.kind === 'put') {
    const current = model.get(c.id)?.revision ?? 0;
    const base = c.stale ? current + 1 : current;
    const put = store.put(planOf(c.id, c.variant), { baseRevision: base });
    if (c.stale) return expectConflict(put, `put ${c.id} on revision ${base}`);
    const saved = await put;
    if (saved.revision !== current + 1) fail(`put ${c.id}: revision ${saved.revision}, expected ${current + 1}`);
    model.set(c.id, { variant: c.variant, revision: current + 1 });
  } else if (c.kind === 'delete') {
    const current = model.get(c.id)?.revision;
    if (current === undefined) return store.delete(c.id, { baseRevision: c.stale ? 1 : 0 });
    if (c.stale) return expectConflict(store.delete(c.id, { baseRevision: current + 1 }), `delete ${c.id}`);
    await store.delete(c.id, { baseRevision: current });
    model.delete(c.id);
  } else {
    const records: unknown[] = c.entries.map((e) => planOf(e.id, e.variant));
    if (c.bad) records.push({ ...planOf('p-bad', 0), steps: 'not a list' });
    const seen = new Set<string>();
    let problems = c.bad;
    const fresh: { id: string; variant: number }[] = [];
    for (const e of c.entries) {
      if (seen.has(e.id)) {
        problems = true;
        continue;
      }
      seen.add(e.id);
      const current = model.get(e.id);
      if (!current) fresh.push(e);
      else if (current.variant !== e.variant) problems = true;
    }
    const report = await store.importFile(exportPlans(records as never, '2026-01-01T00:00:00Z'), { acceptPartial: c.acceptPartial });
    const written = problems && !c.acceptPartial ? [] : fresh;
    if (JSON.stringify(report.imported) !== JSON.stringify(written.map((e) => e.id))) fail(`import: wrote ${JSON.stringify(report.imported)}, expected ${JSON.stringify(written.map((e) => e.id))}`);
    for (const e of written) model.set(e.id, { variant: e.variant, revision: 1 });
  }
}

async function compare(store: PlanStore, model: Map<string, Entry>, step: number): Promise<void> {
  const listed = (await store.list()).map((s) => `${s.id}@${s.revision}`).sort();
  const expected = [...model].map(([id, e]) => `${id}@${e.revision}`).sort();
  if (JSON.stringify(listed) !== JSON.stringify(expected)) fail(`after command ${step}: store has ${listed.join(', ')}; model has ${expected.join(', ')}`);
  for (const [id, e] of model) {
    const plan = await store.get(id);
    if (plan?.brief.offer !== `offer ${e.variant}`) fail(`after command ${step}: ${id} reads ${plan?.brief.offer}, model says offer ${e.variant}`);
  }
}

/** Runs the commands on a fresh store and the model, comparing them after every command. */
export async function runAgainstModel(store: PlanStore, list: Command[]): Promise<void> {
  const model = new Map<string, Entry>();
  for (const [step, c] of list.entries()) {
    await apply(store, model, c);
    await compare(store, model, step);
  }
  const exported = await store.exportAll('2026-01-01T00:00:00Z');
  if (exported.plans.length !== model.size) fail(`export holds ${exported.plans.length} plans; model has ${model.size}`);
}
