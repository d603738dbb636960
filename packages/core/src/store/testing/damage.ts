import type { Plan } from '../../plan/schema.js';
import { makeBlocker, makePlan } from '../../testing/factories.js';
import { tamper } from './databases.js';

/** A plan whose blockers fill three chunks (500, 500, 200), named so a reason can be recognised. */
export function bigPlan(): Plan {
  const blockers = Array.from({ length: 1200 }, (_, i) => makeBlocker({ id: `blk-${i}`, title: `Blocker ${i}` }));
  return makePlan({ id: 'big', campaign: { ...makePlan().campaign, name: 'Big launch' }, blockers });
}

/** Damages the stored big plan behind the store's back: one of its blocker chunks goes missing. */
export function deleteChunk(name: string, index: number): Promise<void> {
  return tamper(name, 'chunks', (chunks) => chunks.delete(['big', 'blockers', index]));
}
