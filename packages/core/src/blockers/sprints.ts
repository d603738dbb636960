import type { RulesConfig } from '../config/schema.js';
import type { Blocker } from '../plan/schema.js';
import type { Killer } from '../plan/vocabulary.js';
import { wallMs } from '../time/team-day.js';
import { DAY_MS, toMs } from '../time/instant.js';

/**
 * Which sprint an instant falls in, counted from the configured anchor (earlier sprints are
 * negative). Sprints start at midnight on the team's clock (`config.timeZone`, else UTC).
 */
export function sprintIndex(ms: number, config: RulesConfig): number {
  return sprintAt(wallMs(ms, config.timeZone), toMs(config.sprint.anchor), config.sprint.lengthDays * DAY_MS);
}

/** The sprint of a wall-clock time (see `wallMs`): the anchor date's UTC-midnight ms is its wall midnight. */
const sprintAt = (wall: number, anchorMs: number, lengthMs: number) => Math.floor((wall - anchorMs) / lengthMs);

export interface Recurrence {
  category: Killer;
  /** Consecutive sprint indexes in which the category was raised. */
  sprints: number[];
  /** The blockers raised in those sprints, oldest first. */
  blockers: Blocker[];
}

/** Each category's latest run of consecutive sprints, with each blocker's raised-at and sprint by index. */
interface Runs {
  runs: Map<Killer, number[]>;
  raisedMs: Float64Array;
  sprintOf: Float64Array;
}

/**
 * Categories raised in at least `config.blockers.recurrenceSprints` consecutive sprints: a process
 * defect to fix in the system, not blocker by blocker. Reports each category's latest such run.
 */
export function recurringCategories(blockers: readonly Blocker[], config: RulesConfig): Recurrence[] {
  const found = latestRuns(blockers, config);
  if (!found) return [];
  const { runs, raisedMs } = found;
  // Oldest first; blockers raised at the same instant keep the list's order.
  return [...runs].map(([category, sprints]) => ({
    category,
    sprints,
    blockers: inRun(blockers, found, category)
      .sort((x, y) => raisedMs[x]! - raisedMs[y]! || x - y)
      .map((i) => blockers[i]!),
  }));
}

/**
 * What the rule reports of each recurrence: its sprints and its latest blocker (the last of
 * `recurringCategories`' list), found in one pass rather than by ordering every blocker of the run.
 */
export function latestRecurrences(blockers: readonly Blocker[], config: RulesConfig): { category: Killer; sprints: number[]; latest: Blocker }[] {
  const found = latestRuns(blockers, config);
  if (!found) return [];
  return [...found.runs].map(([category, sprints]) => {
    let latest = -1;
    // The newest raised; of several raised at that instant, the last in the list.
    for (const i of inRun(blockers, found, category)) if (latest < 0 || found.raisedMs[i]! >= found.raisedMs[latest]!) latest = i;
    return { category, sprints, latest: blockers[latest]! };
  });
}

function latestRuns(blockers: readonly Blocker[], config: RulesConfig): Runs | undefined {
  const anchorMs = toMs(config.sprint.anchor);
  const lengthMs = config.sprint.lengthDays * DAY_MS;
  const zone = config.timeZone;
  // Linear passes, so a log of 10,000 blockers stays cheap: the sprints each category was raised
  // in, then (only when some category recurs) the blockers of each latest run. Each raised-at is
  // read once, into typed arrays by index, which the later passes reuse.
  const n = blockers.length;
  const raisedMs = new Float64Array(n);
  const sprintOf = new Float64Array(n);
  const sprintsOf = new Map<Killer, Set<number>>();
  for (let i = 0; i < n; i++) {
    const category = blockers[i]!.category;
    if (!category) continue;
    let sprints = sprintsOf.get(category);
    if (!sprints) sprintsOf.set(category, (sprints = new Set<number>()));
    const ms = (raisedMs[i] = toMs(blockers[i]!.raisedAt));
    sprints.add((sprintOf[i] = sprintAt(wallMs(ms, zone), anchorMs, lengthMs)));
  }
  const runs = new Map<Killer, number[]>();
  for (const [category, sprints] of sprintsOf) {
    let run: number[] = [];
    let latest: number[] = [];
    for (const sprint of [...sprints].sort((a, b) => a - b)) {
      run = run.length && run[run.length - 1] === sprint - 1 ? [...run, sprint] : [sprint];
      if (run.length >= config.blockers.recurrenceSprints) latest = run;
    }
    if (latest.length) runs.set(category, latest);
  }
  return runs.size ? { runs, raisedMs, sprintOf } : undefined;
}

/** Indexes of the category's blockers raised in its latest run, in list order. */
function inRun(blockers: readonly Blocker[], { runs, sprintOf }: Runs, category: Killer): number[] {
  const run = runs.get(category)!;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const out: number[] = [];
  for (let i = 0; i < blockers.length; i++) if (blockers[i]!.category === category && sprintOf[i]! >= first && sprintOf[i]! <= last) out.push(i);
  return out;
}
