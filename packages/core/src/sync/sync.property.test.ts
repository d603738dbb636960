import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as Y from 'yjs';
import type { Plan } from '../plan/schema.js';
import { parsePlan } from '../plan/parse.js';
import { BLOCKER_SEVERITIES } from '../plan/vocabulary.js';
import { planArb } from '../testing/plan-arbitrary.js';
import { readDoc } from './read.js';
import { repairDoc } from './repair.js';
import { writePlan } from './write.js';

/**
 * Plans the core accepts: the shared generator also makes plans that refer to a step it did not
 * make, list a role under two RACI letters or mark an item done without a time; mend those.
 */
const validPlan = planArb
  .map((generated) => {
    const plan = copy(generated);
    const steps = new Set(plan.steps.map((s) => s.id));
    for (const b of plan.blockers) if (b.blocks && !steps.has(b.blocks.id)) delete b.blocks;
    for (const a of plan.approvals) if (a.stepId && !steps.has(a.stepId)) delete a.stepId;
    for (const { raci } of plan.steps) {
      const seen = new Set<string>();
      for (const letter of ['responsible', 'accountable', 'consulted', 'informed'] as const) {
        raci[letter] = raci[letter].filter((r) => !seen.has(r));
        raci[letter].forEach((r) => seen.add(r));
      }
    }
    for (const item of plan.checklist) if (item.doneBy && !item.doneAt) item.doneAt = '2026-08-01T00:00:00.000Z';
    return plan;
  })
  .filter((plan) => parsePlan(plan).ok);
const planOf = (doc: Y.Doc): Plan => {
  const read = readDoc(doc);
  assert.ok(read.ok, JSON.stringify(read.problems));
  assert.deepEqual(read.problems, []);
  return read.plan;
};
/** A plain, writable copy (records read from a document are frozen), as JSON has it: a key set to undefined is no key. */
const copy = (plan: Plan): Plan => JSON.parse(JSON.stringify(plan)) as Plan;

describe('plan ↔ Y.Doc (properties)', () => {
  it('writing a valid plan into a new document and reading it back gives the same plan', () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        const doc = new Y.Doc();
        assert.deepEqual(writePlan(doc, plan), { ok: true, changed: true });
        assert.deepEqual(planOf(doc), copy(plan));
        // And through the wire: another replica given the document's update reads the same plan.
        const other = new Y.Doc();
        Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
        assert.deepEqual(planOf(other), copy(plan));
      }),
      { numRuns: 200 },
    );
  });

  it('writing one plan over another leaves exactly the second, and writing it again changes nothing', () => {
    fc.assert(
      fc.property(validPlan, validPlan, (first, second) => {
        const doc = new Y.Doc();
        writePlan(doc, first);
        writePlan(doc, second);
        assert.deepEqual(planOf(doc), copy(second));
        const before = Y.encodeStateVector(doc);
        assert.deepEqual(writePlan(doc, second), { ok: true, changed: false });
        assert.deepEqual(Y.encodeStateVector(doc), before);
      }),
      { numRuns: 150 },
    );
  });

  it('converges: three replicas editing through a repairing server, with offline periods and concurrent edits of the same records, end with one valid plan', () => {
    const edit = fc.record({ replica: fc.integer({ min: 1, max: 3 }), kind: fc.integer({ min: 0, max: 9 }), n: fc.nat(50), online: fc.boolean() });
    fc.assert(
      fc.property(validPlan, fc.array(edit, { minLength: 5, maxLength: 30 }), (seed, edits) => {
        const server = new Y.Doc();
        const clients = [1, 2, 3].map((i) => Object.assign(new Y.Doc(), { clientID: i * 1000 + 7 }));
        writePlan(server, seed, 'seed');
        let lastValid: Plan | undefined = seed;
        // The server repairs after every update it takes in, as the team server does.
        const receive = (update: Uint8Array) => {
          Y.applyUpdate(server, update, 'client');
          const repaired = repairDoc(server, lastValid, 'server-repair');
          assert.ok(repaired.ok, 'the server always holds a valid plan');
          lastValid = repaired.plan;
        };
        const sync = (client: Y.Doc) => {
          receive(Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
          Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)), 'server');
        };
        clients.forEach(sync);
        for (const { replica, kind, n, online } of edits) {
          const client = clients[replica - 1]!;
          const read = readDoc(client);
          if (read.ok) writePlan(client, mutate(copy(read.plan), kind, n, replica));
          if (online) sync(client);
        }
        clients.forEach(sync);
        clients.forEach(sync);
        const final = planOf(server);
        for (const client of clients) assert.deepEqual(planOf(client), final);
      }),
      { numRuns: 1000 },
    );
  });
});

/** One of the edits people make, chosen by `kind`; ids come from small pools so replicas collide. */
function mutate(plan: Plan, kind: number, n: number, replica: number): Plan {
  const blocker = plan.blockers.length ? plan.blockers[n % plan.blockers.length] : undefined;
  const step = plan.steps.length ? plan.steps[n % plan.steps.length] : undefined;
  switch (kind) {
    case 0:
      if (blocker) blocker.severity = BLOCKER_SEVERITIES[n % BLOCKER_SEVERITIES.length]!;
      break;
    case 1:
      if (blocker) Object.assign(blocker, blocker.status === 'open' ? { status: 'resolved', resolvedAt: blocker.raisedAt } : { status: 'open', resolvedAt: undefined });
      break;
    case 2: {
      const id = `blk-${n % 6}`;
      plan.blockers = plan.blockers.filter((b) => b.id !== id);
      plan.blockers.splice(n % (plan.blockers.length + 1), 0, {
        id, title: `Added by ${replica}`, severity: 'high', status: 'open', raisedAt: '2026-08-01T09:00:00Z',
        ...(step ? { blocks: { kind: 'step' as const, id: step.id } } : {}),
      });
      break;
    }
    case 3:
      if (blocker) plan.blockers = plan.blockers.filter((b) => b !== blocker);
      break;
    case 4:
      if (blocker) plan.blockers = [blocker, ...plan.blockers.filter((b) => b !== blocker)];
      break;
    case 5:
      if (step) step.raci.consulted = plan.roles.slice(n % 3, (n % 3) + 1 + (replica % 2));
      break;
    case 6:
      // Removing a step others may still point to: refused locally when it is, and a concurrent reference is repaired by the server.
      if (step) plan.steps = plan.steps.filter((s) => s !== step);
      break;
    case 7:
      plan.campaign.name = `renamed_by_replica_${replica}_${n}`;
      break;
    case 8:
      plan.log = [...(plan.log ?? []), { at: '2026-08-02T10:00:00Z', summary: `Note ${n} from ${replica}` }];
      break;
    default: {
      const item = plan.checklist[n % Math.max(1, plan.checklist.length)];
      if (item) item.doneAt = item.doneAt ? undefined : '2026-08-03T10:00:00Z';
    }
  }
  return plan;
}
