import type { Plan } from '@preflight/core';
import type { PlanGuard } from '../plans/guard.js';
import type { Database } from '../storage/database.js';
import { storedPlan } from '../storage/encoding.js';

/**
 * Every team plan for the scheduler: an open plan as last validated (fresher than storage), else
 * as stored. A stored document is decoded again only when it was stored again.
 */
export class PlanSource {
  private readonly decoded = new Map<string, { stamp: string; plan: Plan | undefined }>();

  constructor(
    private readonly database: Database,
    private readonly guard: PlanGuard,
  ) {}

  async all(): Promise<Plan[]> {
    const stamps = await this.database.stamps();
    const stale = stamps.filter((s) => this.decoded.get(s.name)?.stamp !== s.stamp).map((s) => s.name);
    for (const row of await this.database.loadMany(stale)) this.decoded.set(row.name, { stamp: row.stamp, plan: storedPlan(row.state) });
    const stored = new Set(stamps.map((s) => s.name));
    for (const name of this.decoded.keys()) if (!stored.has(name)) this.decoded.delete(name);
    return stamps.flatMap((s) => {
      const plan = this.guard.current(s.name) ?? this.decoded.get(s.name)?.plan;
      return plan ? [plan] : [];
    });
  }
}
