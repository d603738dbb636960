import type { RulesConfig } from '../config/schema.js';
import type { Blocker } from '../plan/schema.js';
import type { Killer } from '../plan/vocabulary.js';
import { DAY_MS, toMs } from '../rules/time.js';

/** Which sprint an instant falls in, counted from the configured anchor (earlier sprints are negative). */
export function sprintIndex(ms: number, config: RulesConfig): number {
  return Math.floor((ms - toMs(config.sprint.anchor)) / (config.sprint.lengthDays * DAY_MS));
}

export interface Recurrence {
  category: Killer;
  /** Consecutive sprint indexes in which the category was raised. */
  sprints: number[];
  /** The blockers raised in those sprints, oldest first. */
  blockers: Blocker[];
}

/**
 * Categories raised in at least `config.blockers.recurrenceSprints` consecutive sprints: a process
 * defect to fix in the system, not blocker by blocker. Reports each category's latest such run.
 */
export function recurringCategories(blockers: readonly Blocker[], config: RulesConfig): Recurrence[] {
  // Grouped in place (push, never copy): a log of 10,000 blockers in a few sprints must stay linear.
  const bySprint = new Map<Killer, Map<number, Blocker[]>>();
  const raisedMs = new Map<Blocker, number>();
  for (const blocker of blockers) {
    if (!blocker.category) continue;
    let sprints = bySprint.get(blocker.category);
    if (!sprints) bySprint.set(blocker.category, (sprints = new Map<number, Blocker[]>()));
    const ms = toMs(blocker.raisedAt);
    raisedMs.set(blocker, ms);
    const sprint = sprintIndex(ms, config);
    const group = sprints.get(sprint);
    if (group) group.push(blocker);
    else sprints.set(sprint, [blocker]);
  }
  const found: Recurrence[] = [];
  for (const [category, sprints] of bySprint) {
    const order = [...sprints.keys()].sort((a, b) => a - b);
    let run: number[] = [];
    let latest: number[] = [];
    for (const sprint of order) {
      run = run.length && run[run.length - 1] === sprint - 1 ? [...run, sprint] : [sprint];
      if (run.length >= config.blockers.recurrenceSprints) latest = run;
    }
    if (latest.length) {
      const inRun = latest.flatMap((s) => sprints.get(s)!);
      inRun.sort((a, b) => raisedMs.get(a)! - raisedMs.get(b)!);
      found.push({ category, sprints: latest, blockers: inRun });
    }
  }
  return found;
}
