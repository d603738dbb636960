import type * as Y from 'yjs';
import type { Plan } from '@preflight/core';
import { describeChanges, readDoc, repairDoc } from '@preflight/core/sync';
import type { Database } from '../storage/database.js';
import type { Grant } from '../auth/tokens.js';

/** The origin of the server's own writes: repairs, loads and plans written over HTTP. */
export const SERVER_ORIGIN = Symbol('preflight-server');

interface PendingHistory {
  before: Plan | undefined;
  after: Plan;
  grant: Grant | undefined;
  timer: NodeJS.Timeout;
}

/**
 * Keeps each open team plan valid and its history written. After every change it reads the
 * document with the core; a change that left it invalid (only a client that skipped validation
 * can make one) is reverted in one server-origin transaction. Valid changes are recorded in the
 * history under the name in the author's token, a second's worth of one person's edits as one entry.
 */
export class PlanGuard {
  private readonly lastValid = new Map<string, Plan>();
  private readonly pending = new Map<string, PendingHistory>();
  /** Invalid changes reverted since the start, for the health route and the tests. */
  repairs = 0;

  constructor(
    private readonly database: Database,
    private readonly log: (line: string) => void,
    private readonly historyDelayMs = 1000,
  ) {}

  /** After a document is loaded from storage: remember its valid plan. */
  loaded(name: string, doc: Y.Doc): void {
    const read = readDoc(doc);
    if (read.ok && read.problems.length === 0) this.lastValid.set(name, read.plan);
  }

  changed(name: string, doc: Y.Doc, grant: Grant | undefined): void {
    const before = this.lastValid.get(name);
    const result = repairDoc(doc, before, SERVER_ORIGIN);
    if (result.repaired) {
      this.repairs++;
      const where = result.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ');
      this.log(`plan ${name}: reverted an invalid change from ${grant ? `"${grant.name}" (token ${grant.id})` : 'the server'}: ${where}`);
    }
    if (!result.ok) {
      this.lastValid.delete(name);
      return;
    }
    if (result.plan === before) return;
    this.lastValid.set(name, result.plan);
    if (!result.repaired) this.record(name, before, result.plan, grant);
  }

  /** The plan as last validated, for the HTTP routes. */
  current(name: string): Plan | undefined {
    return this.lastValid.get(name);
  }

  private record(name: string, before: Plan | undefined, after: Plan, grant: Grant | undefined): void {
    const key = `${name}\u0000${grant?.id ?? ''}`;
    const open = this.pending.get(key);
    if (open) {
      open.after = after;
      return;
    }
    const entry: PendingHistory = { before, after, grant, timer: setTimeout(() => void this.flush(name, key), this.historyDelayMs) };
    this.pending.set(key, entry);
  }

  private async flush(name: string, key: string): Promise<void> {
    const entry = this.pending.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(key);
    const changes = describeChanges(entry.before, entry.after);
    if (!changes.length) return;
    try {
      await this.database.addHistory(name, {
        at: new Date().toISOString(),
        actor: entry.grant?.name ?? 'Preflight server',
        ...(entry.grant ? { tokenId: entry.grant.id } : {}),
        changes,
      });
    } catch (error) {
      this.log(`plan ${name}: the change history could not be written: ${String(error)}`);
    }
  }

  /** Writes every waiting history entry (before a plan unloads or the server stops). */
  async flushAll(name?: string): Promise<void> {
    await Promise.all([...this.pending.keys()].filter((k) => name === undefined || k.startsWith(`${name}\u0000`)).map((k) => this.flush(k.split('\u0000')[0]!, k)));
  }

  unloaded(name: string): void {
    void this.flushAll(name);
    this.lastValid.delete(name);
  }
}
